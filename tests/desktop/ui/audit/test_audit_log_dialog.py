"""The coordinators' audit log, read after real exports, erasures and reads of notes."""

import csv
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.services import accounts
from desktop.services.consultations import consultation_notes, record_consultation
from desktop.services.desk import create_desk
from desktop.services.people import PersonDraft, create_person
from desktop.services.person_file import export_person_data
from desktop.services.privacy import erase_person
from desktop.ui import i18n
from desktop.ui.audit.dialog import AuditLogDialog
from desktop.ui.context import DeskContext
from sync.schema import AuditEntry
from tests.desktop.ui.conftest import COORDINATOR, VOLUNTEER, log_in


@pytest.fixture
def desk(qapp, data_dir, tmp_path):
    """A Rho desk in Italian with Giulia (coordinator) and Marco (volunteer), where Giulia
    exported Mario Rossi's data, erased Anna Neri and read the notes of Mario's
    consultation, a second apart and in that order."""
    i18n.install_language("it")
    register = create_desk(data_dir, "rho")
    giulia = accounts.create_account(register, "giulia", "Giulia Bianchi", "coordinator",
                                     "24680", None)
    marco = accounts.create_account(register, "marco", "Marco Verdi", "volunteer", "13579",
                                    giulia.id)
    mario = create_person(register, PersonDraft("Mario", "Rossi"), giulia.id)
    anna = create_person(register, PersonDraft("Anna", "Neri"), giulia.id)
    consultation = record_consultation(register, mario.id, "lavoro", giulia.id,
                                       notes="Cerca lavoro come magazziniere.")
    export_person_data(register, mario.id, tmp_path / "rossi.json", giulia.id)
    time.sleep(1.05)  # entries are stamped to the second
    erase_person(register, anna.id, giulia.id)
    time.sleep(1.05)
    consultation_notes(register, consultation.id, giulia)
    yield register, giulia, marco, (mario.id, anna.id, consultation.id)
    register.close()
    i18n.install_language("en")


def _open(qtbot, register, account) -> AuditLogDialog:
    context = DeskContext(register, "it")
    context.set_account(account)
    dialog = AuditLogDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _cells(dialog) -> list[list[str]]:
    return [[dialog.shown.index(row, column).data() for column in range(len(dialog.columns))]
            for row in range(dialog.shown.rowCount())]


@pytest.fixture
def dialog(qtbot, desk):
    register, giulia, _marco, _ids = desk
    shown = _open(qtbot, register, giulia)
    qtbot.waitUntil(lambda: shown.shown.rowCount() == 3, timeout=5_000)
    yield shown
    shown.context.runner.wait_for_done()


def test_a_coordinator_sees_the_entries_newest_first_in_words_with_names(dialog, desk):
    cells = _cells(dialog)
    assert [row[1:4] for row in cells] == [
        ["Giulia Bianchi", "Lettura note riservate", "Consulenza: Rossi Mario"],
        ["Giulia Bianchi", "Cancellazione (art. 17)", "Persona (dati cancellati)"],
        ["Giulia Bianchi", "Esportazione dati (art. 15)", "Persona: Rossi Mario"],
    ]
    assert [row[4] for row in cells] == ["", "art. 17", "file: rossi.json"]
    with desk[0].reading() as session:
        stamps = sorted(session.scalars(select(AuditEntry.at)), reverse=True)
    assert [row[0] for row in cells] == [f"{at:%d/%m/%Y %H:%M}" for at in stamps]
    ids = {desk[1].id, *desk[3]}
    assert not any(row_id in cell for row in cells for cell in row for row_id in ids)
    assert dialog.windowTitle() == "Registro delle operazioni"
    assert dialog.count_label.text() == "3 righe"


def test_typing_in_the_filter_narrows_the_rows_at_once(dialog, qtbot):
    qtbot.keyClicks(dialog.filter_field, "ROSSI")
    assert [row[2] for row in _cells(dialog)] == ["Lettura note riservate",
                                                  "Esportazione dati (art. 15)"]
    assert dialog.count_label.text() == "2 righe su 3"
    dialog.filter_field.clear()
    assert dialog.shown.rowCount() == 3


def test_the_csv_holds_exactly_the_rows_shown(dialog, qtbot, tmp_path):
    qtbot.keyClicks(dialog.filter_field, "art. 17")
    target = tmp_path / "registro.csv"
    dialog.export_to(target)
    qtbot.waitUntil(lambda: "1 riga scritta" in dialog.feedback.text(), timeout=5_000)
    rows = list(csv.reader(target.read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == ["Quando", "Chi", "Che cosa", "Su che cosa", "Motivo o dettagli"]
    assert rows[1][1:] == ["Giulia Bianchi", "Cancellazione (art. 17)",
                           "Persona (dati cancellati)", "art. 17"]
    assert len(rows) == 2


def test_exporting_the_log_adds_its_own_entry_to_the_log(dialog, qtbot, tmp_path):
    dialog.export_to(tmp_path / "registro.csv")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4, timeout=5_000)
    dialog.context.runner.wait_for_done()
    exports = [row[1:] for row in _cells(dialog)
               if row[2] == "Esportazione del registro delle operazioni (CSV)"]
    assert exports == [["Giulia Bianchi", "Esportazione del registro delle operazioni (CSV)",
                        "Registro delle operazioni", "file: registro.csv; righe: 3"]]
    assert "3 righe scritte" in dialog.feedback.text()


def test_a_failed_export_logs_nothing(dialog, qtbot, tmp_path):
    dialog.export_to(tmp_path / "missing folder" / "registro.csv")
    qtbot.waitUntil(lambda: dialog.feedback.objectName() == "problem", timeout=5_000)
    dialog.context.runner.wait_for_done()
    with dialog.context.register.reading() as session:
        assert "export_audit_log" not in set(session.scalars(select(AuditEntry.action)))


def test_a_new_entry_appears_without_reopening(dialog, desk, qtbot):
    register, giulia, _marco, (_mario, _anna, consultation_id) = desk
    consultation_notes(register, consultation_id, giulia)
    qtbot.waitUntil(lambda: dialog.shown.rowCount() == 4, timeout=5_000)


def test_the_log_passes_the_qt_model_checks(dialog, qtmodeltester):
    qtmodeltester.check(dialog.shown)


def test_a_volunteer_reads_no_entries_and_is_told_why(desk, qtbot):
    register, _giulia, marco, _ids = desk
    dialog = _open(qtbot, register, marco)
    qtbot.waitUntil(lambda: dialog.feedback.text() != "", timeout=5_000)
    dialog.context.runner.wait_for_done()
    assert dialog.shown.rowCount() == 0
    assert dialog.feedback.objectName() == "problem"


def _audit_action(window):
    return window.actions["audit_log"]


def test_only_coordinators_see_the_menu_command(qtbot, window):
    log_in(qtbot, window, VOLUNTEER[0], VOLUNTEER[2])
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5_000)
    assert not _audit_action(window).isVisible()
    window.switch_volunteer()
    log_in(qtbot, window, COORDINATOR[0], COORDINATOR[2])
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5_000)
    action = _audit_action(window)
    assert action.isVisible() and action.text() == "&Registro delle operazioni…"
    desk_menu = window.menuBar().actions()[0].menu()
    assert action in desk_menu.actions()

    opened = []

    def close_dialog():
        dialog = next(widget for widget in QApplication.topLevelWidgets()
                      if isinstance(widget, AuditLogDialog) and widget.isVisible())
        opened.append(dialog.windowTitle())
        dialog.context.runner.wait_for_done()
        dialog.reject()

    QTimer.singleShot(100, close_dialog)
    action.trigger()
    assert opened == ["Registro delle operazioni"]
