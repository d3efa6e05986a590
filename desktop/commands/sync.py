"""``op-desk sync``: one full round with the central store, for scripts and the night.

Imports are lazy so that a scheduled round starts quickly.
"""

import argparse
import sys


def add_to(subparsers) -> None:
    parser = subparsers.add_parser("sync", help="one full sync round with the central store")
    parser.set_defaults(run=run)


def print_progress(progress) -> None:
    """One progress line on stderr, rewritten in place on a terminal; None ends it."""
    if progress is None:
        if sys.stderr.isatty():
            print(file=sys.stderr)
        return
    total = f"/{progress.total}" if progress.total else ""
    line = f"{'Sending' if progress.phase == 'push' else 'Receiving'}: {progress.done}{total}"
    if sys.stderr.isatty():
        print(f"\r{line}   ", end="", file=sys.stderr, flush=True)
    else:
        print(line, file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from desktop.services.desk import open_desk
    from sync.client import sync_once

    register = open_desk(args.data_dir)
    try:
        outcome = sync_once(register, progress=print_progress)
    finally:
        print_progress(None)
        register.close()
    print(outcome.sentence())
    return 0
