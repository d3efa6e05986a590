"""``op-sync``: the central store at the district office."""

import argparse
import sys

from sync import __version__
from sync.cli_support import build_parser, run_command
from sync.paths import office_database_url

COMMAND_MODULES: tuple[str, ...] = (
    "sync.commands.serve", "sync.commands.enroll", "sync.commands.revoke",
    "sync.commands.report",
    "sync.commands.erase", "sync.commands.export_person", "sync.commands.processing_record",
    "sync.commands.retention",
)


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=None,
                        help="SQLAlchemy URL of the central store (default: OP_SYNC_DB, or an "
                             "SQLite file in the platform's user data folder)")


def _usage(args: argparse.Namespace) -> int:
    args.parser.print_help()
    return 2


def main(argv: list[str] | None = None) -> int:
    parser = build_parser("op-sync", "OP Desk central store.", __version__, COMMAND_MODULES,
                          _add_common)
    args = parser.parse_args(argv)
    args.parser = parser
    args.db = office_database_url(args.db) if args.command else args.db
    return run_command(args, _usage)


if __name__ == "__main__":
    sys.exit(main())
