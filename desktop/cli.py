"""``op-desk``: the desk window, and the desk's commands for scripts and the night."""

import argparse
import sys
from pathlib import Path

from sync import __version__
from sync.cli_support import build_parser, run_command
from sync.paths import desk_data_dir

COMMAND_MODULES = (
    "desktop.commands.init", "desktop.commands.enroll", "desktop.commands.sync",
    "desktop.commands.import_",
    "desktop.commands.export",
    "desktop.commands.receipt",
    "desktop.commands.report",
    "desktop.commands.backup", "desktop.commands.restore", "desktop.commands.smoke",
    "desktop.commands.erase",
)


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="the desk's data folder (default: OP_DESK_DATA_DIR, or the "
                             "platform's user data folder)")


def _open_window(args: argparse.Namespace) -> int:
    from desktop.ui.app import run_window

    return run_window(args.data_dir)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser("op-desk", "OP Desk, the register of the OP Cafè desks.",
                          __version__, COMMAND_MODULES, _add_common)
    args = parser.parse_args(argv)
    args.data_dir = desk_data_dir(args.data_dir)
    return run_command(args, _open_window)


if __name__ == "__main__":
    sys.exit(main())
