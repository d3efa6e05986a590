"""What ``op-sync report`` and ``op-desk report`` share: options, rendering and output.

Output rules (also in ``--help``): JSON goes to stdout unless ``--out`` names a file; CSV
likewise; a PDF is binary, so without ``--out`` it is written to the current folder as
``key-numbers_FROM_TO.pdf``. Files are written whole or not at all.
"""

import argparse
import sys
from pathlib import Path

from sync.errors import InvalidInput
from sync.files import write_whole
from sync.keynumbers.definitions import INDICATOR_IDS
from sync.keynumbers.drilldown import records_behind, render_records_csv
from sync.keynumbers.figures import KeyNumbers
from sync.keynumbers.queries import Bind, compute
from sync.keynumbers.render_csv import render_csv
from sync.keynumbers.render_json import render_json
from sync.keynumbers.render_pdf import render_pdf

FORMATS = ("json", "csv", "pdf")
OUTPUT_HELP = ("file to write (default: JSON and CSV to standard output; a PDF to "
               "key-numbers_FROM_TO.pdf in the current folder)")


def add_report_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", metavar="DATE",
                        help="first day of the period, YYYY-MM-DD (included)")
    parser.add_argument("--to", dest="end", metavar="DATE",
                        help="last day of the period, YYYY-MM-DD (included)")
    parser.add_argument("--format", choices=FORMATS, default="json", help="default json")
    parser.add_argument("--out", type=Path, default=None, help=OUTPUT_HELP)
    parser.add_argument("--drill", metavar="INDICATOR", default=None,
                        help="print as CSV the records behind one indicator: "
                             + ", ".join(INDICATOR_IDS))


def require_period(args: argparse.Namespace) -> tuple[str, str]:
    if not args.start or not args.end:
        raise InvalidInput("Give the period with --from DATE --to DATE (YYYY-MM-DD, both "
                           "days included).")
    return args.start, args.end


def report(bind: Bind, args: argparse.Namespace, sites) -> int:
    """The report or, with ``--drill``, the records behind one indicator."""
    start, end = require_period(args)
    if args.drill:
        records = records_behind(bind, args.drill.strip(), start, end, sites)
        deliver(render_records_csv(records), args.out)
        return 0
    numbers = compute(bind, start, end, sites, with_charts=args.format == "pdf")
    deliver_numbers(numbers, args.format, args.out)
    return 0


def deliver_numbers(numbers: KeyNumbers, form: str, out: Path | None,
                    extra: dict | None = None) -> None:
    if form == "pdf":
        deliver(render_pdf(numbers), out or Path(
            f"key-numbers_{numbers.start.isoformat()}_{numbers.end.isoformat()}.pdf"))
    elif form == "csv":
        deliver(render_csv(numbers), out)
    else:
        deliver(render_json(numbers, extra), out)


def deliver(content: str | bytes, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(content)
        return
    write_whole(out, content)
    print(f"Wrote {out}.", file=sys.stderr)
