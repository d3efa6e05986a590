"""Handing a receipt out as a PDF file: written whole, then counted as a copy."""

import os
from pathlib import Path

from desktop.receipts.content import ReceiptContent, record_copy
from desktop.receipts.pdf import receipt_pdf
from sync.errors import OpDeskError
from sync.register import Register


def save_receipt_pdf(register: Register, content: ReceiptContent, paper: str, language: str,
                     path: Path, account_id: str | None = None) -> Path:
    """Write the receipt to ``path``; the copy is counted only once the file is complete."""
    write_file(path, receipt_pdf(content, paper, language))
    record_copy(register, content.receipt_id, account_id)
    return path


def write_file(path: Path, data: bytes) -> None:
    """Write whole or not at all: a half-written PDF never takes the name."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise OpDeskError(f"Could not write {path} ({error.strerror}): choose a folder that "
                          "exists and that you may write to.") from error
