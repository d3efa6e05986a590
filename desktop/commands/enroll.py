"""``op-desk enroll --server URL --code CODE``: bind this desk to the central store.

On an empty data folder it creates the register for the code's site and pulls that site's
history (a lost desk comes back this way); on a register made by ``init`` it binds that
register, and a code for another site is refused without being used up.
"""

import argparse

from sync.paths import register_file


def add_to(subparsers) -> None:
    parser = subparsers.add_parser("enroll", help="bind this desk to the central store")
    parser.add_argument("--server", required=True, help="the office's address, e.g. "
                        "https://op-sync.example.org")
    parser.add_argument("--code", required=True, help="the one-time code from 'op-sync enroll'")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktop.commands.sync import print_progress
    from desktop.services.desk import create_desk, open_desk
    from sync.client import bind_credential, sync_once
    from sync.client.connection import OfficeConnection

    existing = open_desk(args.data_dir) if register_file(args.data_dir).exists() else None
    with OfficeConnection(args.server) as office:
        site, token = office.enrol(args.code, existing.site if existing else None)
    register = existing or create_desk(args.data_dir, site)
    try:
        bind_credential(register, args.server, token)
        print(f"Desk enrolled for {site}.")
        outcome = sync_once(register, progress=print_progress)
        print_progress(None)
        print(outcome.sentence())
    finally:
        register.close()
    return 0
