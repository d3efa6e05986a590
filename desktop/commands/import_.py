"""``op-desk import FOLDER``: load the legacy CSV files into the register, all or nothing."""

import argparse
from pathlib import Path

from desktop.legacy.console import console_progress
from desktop.legacy.importing import import_folder
from desktop.legacy.staging import no_progress
from desktop.services.desk import open_desk
from sync.errors import InvalidInput


def add_to(subparsers) -> None:
    parser = subparsers.add_parser(
        "import", help="load legacy CSV files (persone.csv, accessi.csv, ...) from a folder")
    parser.add_argument("folder", type=Path, help="the folder holding the CSV files")
    parser.add_argument("--dry-run", action="store_true",
                        help="check the files and show what would be stored; write nothing")
    parser.add_argument("--skip-bad-rows", action="store_true",
                        help="store the good rows and list the bad ones (and rows that refer "
                             "to them) instead of refusing the whole folder")
    parser.add_argument("--progress", action="store_true",
                        help="show a progress line on stderr even when it is not a terminal")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    progress = console_progress(args.progress)
    register = open_desk(args.data_dir)
    try:
        result = import_folder(register, args.folder, dry_run=args.dry_run,
                               skip_bad_rows=args.skip_bad_rows,
                               progress=progress or no_progress)
    finally:
        if progress:
            progress.finish()
        register.close()
    for note in result.notes:
        print(note)
    if args.dry_run:
        print("\n".join(result.rows_table()))
    for problem in result.problems:
        print(problem)
    if result.problems and not args.skip_bad_rows:
        raise InvalidInput("Dry run: the import would be refused because of the problems "
                           "listed above; correct the files, or add --skip-bad-rows.")
    print(result.sentence())
    return 0
