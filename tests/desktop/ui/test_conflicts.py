"""Conflicts in plain words for coordinators, with "keep this / keep the other"."""

import json
from datetime import date, datetime

from desktop.ui import i18n
from desktop.ui.context import DeskContext
from desktop.ui.sync_status.conflicts import ConflictsDialog
from sync.schema import Conflict, Person


def _clash(register) -> str:
    with register.writing() as session:
        person = Person(given_name="Marco", family_name="Rossi", birth_date=date(1980, 1, 1))
        session.add(person)
        session.flush()
        loser = {"id": person.id, "family_name": "Russo", "given_name": "Marco"}
        session.add(Conflict(table_name="people", row_id=person.id, winner_hlc=person.hlc,
                             loser_hlc=person.hlc, loser_row=json.dumps(loser),
                             detected_at=datetime(2026, 11, 24, 2, 10)))
    return person.id


def test_keep_the_other_version_puts_the_losing_edit_back(qtbot, register):
    i18n.install_language("it")
    person_id = _clash(register)
    context = DeskContext(register)
    dialog = ConflictsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "Persona: Rossi Marco"
    assert dialog.table.item(0, 2).text() == "family_name: Rossi → Russo"
    assert dialog.keep_other.text() == "Tieni l'&altra versione"
    dialog.keep_other.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=5000)
    assert dialog.empty.isVisibleTo(dialog)
    with register.reading() as session:
        assert session.get(Person, person_id).family_name == "Russo"


def test_keep_this_version_leaves_the_record_as_it_is(qtbot, register):
    person_id = _clash(register)
    dialog = ConflictsDialog(DeskContext(register))
    qtbot.addWidget(dialog)
    dialog.keep_this.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=5000)
    with register.reading() as session:
        assert session.get(Person, person_id).family_name == "Rossi"
