"""What both console scripts share: subcommand loading and the one-sentence failure rule.

A failure prints one plain sentence on stderr and exits non-zero; ``--debug`` adds the
traceback. Each subcommand module exposes ``add_to(subparsers)`` and sets ``run`` as the
parser's default: a callable taking the parsed arguments and returning an exit status.
"""

import argparse
import importlib
import sys
import traceback
from collections.abc import Callable, Sequence

from sync.errors import OpDeskError


def build_parser(prog: str, description: str, version: str,
                 command_modules: Sequence[str],
                 add_common: Callable[[argparse.ArgumentParser], None]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("--version", action="version", version=f"{prog} {version}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on failure")
    add_common(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in command_modules:
        importlib.import_module(name).add_to(subparsers)
    return parser


def run_command(args: argparse.Namespace, default: Callable[[argparse.Namespace], int]) -> int:
    """Run the chosen subcommand (or ``default``), turning failures into one sentence."""
    action = getattr(args, "run", None) or default
    try:
        return action(args) or 0
    except OpDeskError as error:
        _report(args, str(error), error.details)
        return error.exit_status
    except KeyboardInterrupt:
        _report(args, "Interrupted: nothing was half-written; run the command again.", None)
        return 130
    except Exception as error:  # the last line of defence: never a bare traceback
        _report(args, f"Unexpected error ({type(error).__name__}: {error}); run again with "
                      "--debug and send the output to the district office.", None)
        return 1


def _report(args: argparse.Namespace, sentence: str, details: str | None) -> None:
    if details:
        print(details, file=sys.stderr)
    print(sentence, file=sys.stderr)
    if getattr(args, "debug", False):
        traceback.print_exc()
