"""Italian by default, Qt's own buttons included; errors in one sentence, details on demand."""

import errno
import sqlite3

import httpx
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from sqlalchemy import create_engine
from sqlalchemy.exc import OperationalError

from desktop.ui import i18n
from desktop.ui.errors import build_error_box, explain
from sync.errors import InvalidInput, RegisterDamaged


@pytest.fixture
def italian(qapp):
    """Italian for the test; afterwards no catalogue, as the other screen tests expect."""
    i18n.install_language("it")
    yield
    i18n.install_language("en")


def test_italian_catalogues_are_loaded_with_qt_own(italian):
    loaded = i18n.install_language("it")
    assert loaded[0] == "qtbase_it.qm"
    assert "frame_it.qm" in loaded
    assert QCoreApplication.translate("Navigation", "Desk") == "Sportello"
    assert QCoreApplication.translate("Menus", "&Switch volunteer…") == "&Cambia volontario…"
    assert QCoreApplication.translate("SyncStatusLine", "Online") == "In linea"


def test_standard_buttons_say_annulla_in_italian_and_cancel_in_english(italian):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annulla"
    i18n.install_language("en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    assert QCoreApplication.translate("Navigation", "Desk") == "Desk"


def test_every_frame_string_has_its_italian():
    catalogue = (i18n.translations_dir() / "frame_it.ts").read_text("utf-8")
    assert 'type="unfinished"' not in catalogue
    assert "<translation></translation>" not in catalogue


def test_errors_become_one_italian_sentence(italian):
    damaged = explain(RegisterDamaged("The register in /x is damaged (oops): restore..."))
    assert damaged.startswith("Il registro di questo sportello è danneggiato")
    offline = explain(httpx.ConnectError("connection refused"))
    assert offline.startswith("L'ufficio non è raggiungibile")
    typed = explain(InvalidInput("bad", ["codice fiscale non valido", "data mancante."]))
    assert typed == "Controlla quanto scritto: codice fiscale non valido; data mancante."
    unknown = explain(ZeroDivisionError("division by zero"))
    assert "Copia dettagli" in unknown and "division" not in unknown


def test_copy_details_copies_the_technical_part_and_keeps_the_dialog_open(qtbot, italian):
    try:
        raise RegisterDamaged("The register is damaged", details="page 7 is unreadable")
    except RegisterDamaged as error:
        box = build_error_box(error)
    qtbot.addWidget(box)
    box.show()
    copy = box.findChild(type(box.buttons()[0]), "copyDetails")
    assert copy.text() == "Copia dettagli"
    assert box.button(QMessageBox.StandardButton.Ok).text() == "OK"
    copy.click()
    copied = QApplication.clipboard().text()
    assert "RegisterDamaged" in copied and "page 7 is unreadable" in copied
    assert "Traceback" in copied
    assert box.isVisible()


def _full_register_error() -> OperationalError:
    """What SQLite really raises when a write finds no room (a page cap stands in for a full
    disk)."""
    engine = create_engine("sqlite://")
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE visits (notes BLOB)")
        connection.exec_driver_sql("PRAGMA max_page_count = 3")
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("INSERT INTO visits VALUES (zeroblob(100000))")
    except OperationalError as error:
        return error
    raise AssertionError("the capped database took the row")


def test_a_full_disk_says_nothing_was_saved_and_what_to_do(italian):
    full = "Il disco è pieno: nulla è stato salvato. Libera spazio o chiama il coordinatore, " \
           "poi riprova."
    assert explain(_full_register_error()) == full
    assert explain(OSError(errno.ENOSPC, "No space left on device")) == full
    i18n.install_language("en")
    assert explain(_full_register_error()).startswith("The disk is full: nothing was saved.")


def test_a_disk_io_error_is_told_apart_from_a_general_failure(italian):
    from_driver = sqlite3.OperationalError("disk I/O error")
    from_driver.sqlite_errorcode = 266  # SQLITE_IOERR_READ
    wrapped = OperationalError("INSERT INTO accesses ...", {}, from_driver)
    without_code = OperationalError("SELECT 1", {}, sqlite3.OperationalError("disk I/O error"))
    for error in (wrapped, without_code):
        sentence = explain(error)
        assert sentence.startswith("Errore di lettura o scrittura sul disco: nulla è stato "
                                   "salvato."), sentence
        assert "chiavetta" in sentence
