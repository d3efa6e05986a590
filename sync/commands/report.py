"""``op-sync report``: the key numbers of everything every desk has synced.

Also freezes the figures sent to a funder (``--freeze``), lists them (``--list-frozen``) and
reprints one (``--frozen ID``) exactly as it was, whatever synced since.
"""

import argparse
import sys

from sync.database import create_store_engine
from sync.errors import InvalidInput
from sync.keynumbers.command_support import add_report_arguments, deliver_numbers, report
from sync.keynumbers.freeze import freeze, list_frozen, load_frozen
from sync.migrate import upgrade
from sync.vocabulary import sites


def add_to(subparsers) -> None:
    parser = subparsers.add_parser(
        "report", help="the key numbers of a period, as JSON, CSV or PDF",
        description="The key numbers of the period for every café (or --site), computed from "
                    "everything the desks have synced.")
    add_report_arguments(parser)
    parser.add_argument("--site", action="append", default=None, metavar="SITE",
                        help=f"only this café (repeatable): {', '.join(sorted(sites()))}")
    frozen = parser.add_mutually_exclusive_group()
    frozen.add_argument("--freeze", action="store_true",
                        help="also store these figures, so they can be reprinted unchanged")
    frozen.add_argument("--list-frozen", action="store_true", help="list the frozen reports")
    frozen.add_argument("--frozen", metavar="ID", default=None,
                        help="reprint a frozen report (checked against its checksum)")
    parser.add_argument("--note", default=None, help="a note kept with a frozen report")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    engine = create_store_engine(args.db, durable=False)
    try:
        upgrade(engine)
        if args.list_frozen:
            return _list(engine)
        if args.frozen:
            deliver_numbers(load_frozen(engine, args.frozen), args.format, args.out,
                            {"frozen_id": args.frozen.strip()})
            return 0
        if args.freeze:
            return _freeze(engine, args)
        return report(engine, args, args.site)
    finally:
        engine.dispose()


def _freeze(engine, args: argparse.Namespace) -> int:
    if args.drill:
        raise InvalidInput("--freeze stores whole reports: leave out --drill.")
    if not args.start or not args.end:
        raise InvalidInput("Give the period to freeze with --from DATE --to DATE.")
    report_id, numbers = freeze(engine, args.start, args.end, args.site, args.note)
    print(f"Frozen as report {report_id}.", file=sys.stderr)
    deliver_numbers(numbers, args.format, args.out, {"frozen_id": report_id})
    return 0


def _list(engine) -> int:
    reports = list_frozen(engine)
    if not reports:
        print("No frozen reports yet: make one with --freeze --from DATE --to DATE.")
    for frozen in reports:
        print("\t".join((frozen.id, f"{frozen.period_from}..{frozen.period_to}",
                         ",".join(frozen.sites), frozen.generated_at.isoformat(sep=" "),
                         f"definitions {frozen.definitions_version}", frozen.note or "")))
    return 0
