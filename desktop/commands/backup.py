"""``op-desk backup [--to FOLDER]``: a checked copy of the register, now."""

import argparse
from datetime import datetime
from pathlib import Path

from desktop.backups import backup_folder, backup_register, check_register
from desktop.services.desk import open_desk


def add_to(subparsers) -> None:
    parser = subparsers.add_parser(
        "backup", help="copy the register into the backup folder (7 daily + 4 weekly kept)")
    parser.add_argument("--to", type=Path, default=None, metavar="FOLDER",
                        help="back up into FOLDER this once (default: the folder chosen in "
                             "the window, or 'backups' in the data folder)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    check_register(args.data_dir)
    register = open_desk(args.data_dir)
    try:
        folder = args.to or backup_folder(register)
        made = backup_register(register.path, folder, datetime.now())
    finally:
        register.close()
    print(f"Register backed up to {made}.")
    return 0
