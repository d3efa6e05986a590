"""``op-desk smoke --data-dir D --out FILE.pdf`` (not listed in --help): the end-to-end check
the frozen bundle must pass.

In an empty data folder it creates a register for the Rho desk, opens the real main window
(offscreen unless another Qt platform is chosen), registers an access through the desk
services, writes that access's receipt as PDF and closes the window. It proves that Qt's
plugins, the migrations, the fonts, the notice texts and the reference data all made it into
the bundle. Exit 0 on success; otherwise one sentence saying which step failed.
"""

import argparse
import os
from pathlib import Path

from desktop.receipts.content import prepare_receipt, record_copy
from desktop.receipts.pdf import receipt_pdf
from desktop.services.accesses import register_access
from desktop.services.accounts import create_account
from desktop.services.desk import create_desk
from sync.errors import OpDeskError
from sync.files import write_whole

SMOKE_SITE = "rho"
SMOKE_THEMES = ("lavoro", "casa")


class SmokeFailed(OpDeskError):
    code = "smoke_failed"


def add_to(subparsers) -> None:
    parser = subparsers.add_parser("smoke")  # no help=: kept out of the command list
    # Its own required --data-dir: a smoke run never falls back to the desk's real folder.
    parser.add_argument("--data-dir", dest="smoke_data_dir", type=Path, required=True,
                        help="an empty folder for the throwaway register")
    parser.add_argument("--out", type=Path, required=True, help="the receipt PDF to write")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    register = create_desk(args.smoke_data_dir, SMOKE_SITE)
    try:
        account = create_account(register, "smoke", "Smoke Test", "coordinator",
                                 "smoke-test-only", None)
        number = _drive_the_window(args.smoke_data_dir, register, account, args.out)
    finally:
        register.close()
    print(f"Smoke run passed: window opened and closed, access registered, receipt {number} "
          f"written to {args.out}.")
    return 0


def _drive_the_window(data_dir: Path, register, account, out: Path) -> str:
    from desktop.ui.app import prepare_application
    from desktop.ui.context import DeskContext
    from desktop.ui.main_window import MainWindow

    app, settings = prepare_application(data_dir)
    window = MainWindow(DeskContext(register, settings.language), settings)
    window.unlock(account)
    window.show()
    app.processEvents()
    if not window.isVisible():
        raise SmokeFailed("The main window did not open: check the Qt platform plugins.")

    access = register_access(register, None, SMOKE_THEMES, account.id)
    app.processEvents()  # the window hears of the new access, as after a real one
    content = prepare_receipt(register, access.id, account.id)
    write_whole(out, receipt_pdf(content, "a4", settings.language))
    record_copy(register, content.receipt_id, account.id)

    if not window.close():
        raise SmokeFailed("The main window refused to close.")
    window.context.runner.wait_for_done()
    app.processEvents()
    if not out.read_bytes().startswith(b"%PDF"):
        raise SmokeFailed(f"The receipt written to {out} is not a PDF.")
    return content.number
