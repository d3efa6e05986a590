"""Handing a receipt out as a PDF file: written whole, then counted as a copy."""

from pathlib import Path

from desktop.receipts.content import ReceiptContent, record_copy
from desktop.receipts.pdf import receipt_pdf
from sync.files import write_whole
from sync.register import Register


def save_receipt_pdf(register: Register, content: ReceiptContent, paper: str, language: str,
                     path: Path, account_id: str | None = None) -> Path:
    """Write the receipt to ``path``; the copy is counted only once the file is complete."""
    write_whole(path, receipt_pdf(content, paper, language))
    record_copy(register, content.receipt_id, account_id)
    return path
