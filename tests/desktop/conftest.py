"""Desk tests share one QApplication, and so its installed translators: every test starts
from the source language (English) whatever the test before it installed."""

import pytest


@pytest.fixture(autouse=True)
def _source_language_after_each_test():
    yield
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        from desktop.ui import i18n

        i18n.install_language("en")
