"""``op-desk report``: the key numbers of this desk's own café, from its register."""

import argparse

from desktop.services.desk import open_desk
from sync.keynumbers.command_support import add_report_arguments, report


def add_to(subparsers) -> None:
    parser = subparsers.add_parser(
        "report", help="the key numbers of this café for a period, as JSON, CSV or PDF",
        description="The key numbers of this desk's café for the period, from its register.")
    add_report_arguments(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    register = open_desk(args.data_dir)
    try:
        return report(register.engine, args, [register.site])
    finally:
        register.close()
