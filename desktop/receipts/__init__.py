"""Intake receipts: numbering, content, layout and PDF, without Qt (the window's preview and
printing live in ``desktop.ui.receipts``)."""
