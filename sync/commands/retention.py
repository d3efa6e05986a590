"""``op-sync retention [--years N]``: anonymise people with no activity for N years.

Run it at the office (it alone sees every desk's activity) from a scheduled job, e.g. a
nightly cron entry or Windows task. Key numbers do not change.
"""

import argparse

DEFAULT_YEARS = 5


def add_to(subparsers) -> None:
    parser = subparsers.add_parser("retention",
                                   help="anonymise people inactive for N years")
    parser.add_argument("--years", type=int, default=DEFAULT_YEARS,
                        help=f"years without any activity (default {DEFAULT_YEARS})")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from sync.gdpr.office import anonymise_inactive
    from sync.server.run import open_store

    erased = anonymise_inactive(open_store(args.db).engine, args.years)
    print(f"Anonymised {len(erased)} person(s) with no activity for {args.years} years.")
    return 0
