"""``op-sync processing-record --out FILE``: the art. 30 record, generated from the schema."""

import argparse
from pathlib import Path


def add_to(subparsers) -> None:
    parser = subparsers.add_parser("processing-record",
                                   help="write the record of processing (GDPR art. 30)")
    parser.add_argument("--out", type=Path, required=True, help="the Markdown file to write")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from sync import __version__
    from sync.gdpr.record import processing_record

    args.out.write_text(processing_record(__version__), encoding="utf-8")
    print(f"Wrote the record of processing to {args.out}.")
    return 0
