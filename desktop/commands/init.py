"""``op-desk init --site SITE``: an empty register for a site, offline."""

import argparse

from desktop.services.desk import create_desk
from sync.vocabulary import sites


def add_to(subparsers) -> None:
    parser = subparsers.add_parser("init", help="create an empty register for a site (offline)")
    parser.add_argument("--site", required=True, help=f"one of: {', '.join(sorted(sites()))}")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    register = create_desk(args.data_dir, args.site.strip().lower())
    register.close()
    print(f"Register created for {sites()[register.site].name} in {args.data_dir}.")
    return 0
