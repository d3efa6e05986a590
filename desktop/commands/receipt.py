"""``op-desk receipt ACCESS_ID [--paper a4|a5|80mm] [--out FILE.pdf]``: an access's receipt.

The first receipt of an access gets its number; any later one is printed as a duplicate.
Without ``--out`` the PDF is written to the current folder as ``NUMBER.pdf``.
"""

import argparse
from pathlib import Path

from desktop.receipts.content import prepare_receipt
from desktop.receipts.delivery import save_receipt_pdf
from desktop.receipts.layout import PAPERS
from desktop.receipts.notice import LANGUAGES
from desktop.receipts.pdf import paper_named
from desktop.services.desk import open_desk


def add_to(subparsers) -> None:
    parser = subparsers.add_parser("receipt", help="write the intake receipt of an access as PDF")
    parser.add_argument("access_id", metavar="ACCESS_ID", help="the access's id")
    parser.add_argument("--paper", default="a4", help=f"one of: {', '.join(PAPERS)} (default a4)")
    parser.add_argument("--out", type=Path, default=None,
                        help="the PDF to write (default: NUMBER.pdf in the current folder)")
    parser.add_argument("--language", default="it", choices=LANGUAGES,
                        help="language of the receipt (default it)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    paper = paper_named(args.paper).code
    register = open_desk(args.data_dir)
    try:
        content = prepare_receipt(register, args.access_id.strip())
        out = save_receipt_pdf(register, content, paper, args.language,
                               args.out or Path(f"{content.number}.pdf"))
    finally:
        register.close()
    kind = "duplicate of receipt" if content.duplicate else "receipt"
    print(f"Wrote {kind} {content.number} to {out}.")
    return 0
