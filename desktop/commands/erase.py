"""``op-desk erase PERSON_ID``: erase a person's data here (GDPR art. 17); it travels with
the next sync to the office and every desk."""

import argparse


def add_to(subparsers) -> None:
    parser = subparsers.add_parser("erase", help="erase a person's personal data (art. 17)")
    parser.add_argument("person_id", help="the person's id (shown on the person card)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktop.services.desk import open_desk
    from desktop.services.privacy import erase_person

    register = open_desk(args.data_dir)
    try:
        erase_person(register, args.person_id.strip(), None)
    finally:
        register.close()
    print(f"Person {args.person_id} erased here; the erasure reaches the office and the other "
          "desks with the next sync.")
    return 0
