"""``op-sync enroll SITE``: a one-time code a desk exchanges for its credential."""

import argparse


def add_to(subparsers) -> None:
    parser = subparsers.add_parser("enroll", help="print a one-time enrolment code for a desk")
    parser.add_argument("site", help="the desk's site code (lainate, pregnana, rho, settimo)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from sync.enrolment import CODE_LIFETIME, issue_code
    from sync.server.run import open_store

    store = open_store(args.db)
    code = issue_code(store.engine, args.site)
    hours = int(CODE_LIFETIME.total_seconds() // 3600)
    print(f"Enrolment code for {args.site.strip().lower()}: single use, valid {hours} hours. "
          "On the desk run: op-desk enroll --server URL --code CODE")
    print(code)
    return 0
