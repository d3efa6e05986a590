"""``op-desk export FOLDER``: the register in the legacy CSV format, with an ``id`` column."""

import argparse
from pathlib import Path

from desktop.legacy.console import console_progress
from desktop.legacy.exporting import export_folder
from desktop.legacy.staging import no_progress
from desktop.services.desk import open_desk


def add_to(subparsers) -> None:
    parser = subparsers.add_parser(
        "export", help="write the register as legacy CSV files (plus an id column) to a folder")
    parser.add_argument("folder", type=Path, help="an empty or new folder")
    parser.add_argument("--progress", action="store_true",
                        help="show a progress line on stderr even when it is not a terminal")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    progress = console_progress(args.progress)
    register = open_desk(args.data_dir)
    try:
        result = export_folder(register, args.folder, progress=progress or no_progress)
    finally:
        if progress:
            progress.finish()
        register.close()
    print(result.sentence())
    return 0
