"""``op-sync export-person PERSON_ID --out FILE``: everything held about a person, from
every desk (GDPR art. 15), as JSON; the export is audited."""

import argparse
from pathlib import Path


def add_to(subparsers) -> None:
    parser = subparsers.add_parser("export-person",
                                   help="export everything held about a person (art. 15)")
    parser.add_argument("person_id", help="the person's id")
    parser.add_argument("--out", type=Path, required=True, help="the JSON file to write")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from sync.gdpr.access import export_person
    from sync.server.run import open_store

    document = export_person(open_store(args.db).engine, args.person_id.strip(), args.out)
    count = sum(len(rows) for rows in document["records"].values())
    print(f"Wrote {args.out}: the person and {count} record(s) about them.")
    return 0
