"""``op-sync erase PERSON_ID``: erase a person at the office (GDPR art. 17); every desk
receives the erased record with its next sync."""

import argparse


def add_to(subparsers) -> None:
    parser = subparsers.add_parser("erase", help="erase a person's personal data everywhere")
    parser.add_argument("person_id", help="the person's id")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from sync.gdpr.office import erase_at_office
    from sync.server.run import open_store

    erased = erase_at_office(open_store(args.db).engine, args.person_id.strip())
    print(f"Person {erased.person_id} erased at the office ({erased.rows_rewritten} record(s) "
          "blanked); every desk receives the erasure with its next sync.")
    return 0
