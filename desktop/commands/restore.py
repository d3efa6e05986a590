"""``op-desk restore FILE``: put a backup back, keeping the current register aside."""

import argparse
from datetime import datetime
from pathlib import Path

from desktop.backups import restore_register


def add_to(subparsers) -> None:
    parser = subparsers.add_parser(
        "restore", help="replace the register with a backup file (close the window first)")
    parser.add_argument("file", type=Path, metavar="FILE", help="a backup made by op-desk")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    kept = restore_register(args.data_dir, args.file.expanduser(), datetime.now())
    print(f"Register restored from {args.file}.")
    if kept:
        print(f"The register it replaced is kept in {kept}.")
    return 0
