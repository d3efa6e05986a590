"""The receipt's preview and printing in the window (Qt only; the receipt itself is made in
``desktop.receipts``)."""

from desktop.ui.receipts.dialog import ReceiptDialog

__all__ = ["ReceiptDialog"]
