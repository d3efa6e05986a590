"""Persone: the list, the person card, merge with undo and the GDPR export, on real widgets."""

import json
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from desktop.services.accesses import register_access
from desktop.ui.people.merge_dialog import MergeDialog
from desktop.ui.people.person_form import PersonFormDialog
from desktop.ui.people.screen import PeopleScreen
from sync.schema import Access, AuditEntry, Person
from tests.desktop.ui.sportello.desk_fixtures import add_person, show, sign_in


def _screen(qtbot, context):
    screen = PeopleScreen(context)
    with qtbot.waitSignal(screen.list_shown, timeout=5000):
        show(qtbot, screen, screen.filter_field)
    return screen


def _open_card(qtbot, screen, text, row=0):
    with qtbot.waitSignal(screen.list_shown, timeout=5000):
        QTest.keyClicks(screen.filter_field, text)
    with qtbot.waitSignal(screen.card.loaded, timeout=5000):
        screen.people_view.selectRow(row)


def _person(context, person_id):
    with context.register.reading() as session:
        return session.get(Person, person_id)


def test_the_list_shows_everyone_alphabetically_when_nothing_is_typed(qtbot, desk_context):
    for family, given in (("Verdi", "Luca"), ("Bianchi", "Anna"), ("Rossi", "Marco")):
        add_person(desk_context, family, given)
    screen = _screen(qtbot, desk_context)
    model = screen.people_view.model()
    assert [model.index(row, 0).data() for row in range(3)] == [
        "BIANCHI Anna", "ROSSI Marco", "VERDI Luca"]


def test_the_card_shows_the_person_and_their_accesses(qtbot, desk_context):
    rossi = add_person(desk_context, "Rossi", "Marco", tax_code="RSSMRC80A01H264D",
                       consent_date=date(2026, 1, 10), consent_notice_version="2026-01")
    register_access(desk_context.register, rossi, ["lavoro", "debito"], None,
                    occurred_at=datetime(2026, 3, 2, 10, 42))
    screen = _screen(qtbot, desk_context)
    _open_card(qtbot, screen, "rossi")
    card = screen.card
    assert card.name.text() == "ROSSI Marco"
    assert "RSSMRC80A01H264D" in card.details.text() and "01/01/1980" in card.details.text()
    assert "10/01/2026" in card.details.text() and "2026-01" in card.details.text()
    accesses = card.section("accesses")
    assert accesses.rowCount() == 1
    assert accesses.index(0, 0).data() == "02/03/2026 10:42"
    assert accesses.index(0, 2).data() == "Lavoro, Debito"
    assert card.tabs.tabText(0).endswith("(1)")


def test_two_duplicates_are_merged_and_the_merge_is_undone(qtbot, desk_context):
    sign_in(desk_context, "volunteer")
    keep = add_person(desk_context, "Rossi", "Marco", tax_code="RSSMRC80A01H264D")
    drop = add_person(desk_context, "Rosi", "Marco")
    moved = register_access(desk_context.register, drop, ["casa"], None).id
    screen = _screen(qtbot, desk_context)
    _open_card(qtbot, screen, "rossi")
    card = screen.card

    QTest.keyClick(card, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: card.findChild(MergeDialog) is not None)
    dialog = card.findChild(MergeDialog)
    QTest.keyClicks(dialog.search_field, "marco")
    qtbot.waitUntil(lambda: dialog.candidates.count() == 1, timeout=5000)
    assert "ROSI Marco" in dialog.candidates.item(0).text()  # the card's own person is left out
    with qtbot.waitSignal(card.merged, timeout=5000):
        dialog.merge_button.click()

    assert card.undo_banner.isVisible()
    assert "ROSI Marco" in card.undo_text.text()
    qtbot.waitUntil(lambda: card.section("accesses").rowCount() == 1, timeout=5000)
    assert _person(desk_context, drop).merged_into == keep
    qtbot.waitUntil(lambda: screen.people_view.model().rowCount() == 1, timeout=5000)

    with qtbot.waitSignal(card.merge_undone, timeout=5000):
        card.undo_button.click()
    assert not card.undo_banner.isVisible()
    assert _person(desk_context, drop).merged_into is None
    with desk_context.register.reading() as session:
        assert session.get(Access, moved).person_id == drop
    qtbot.waitUntil(lambda: card.section("accesses").rowCount() == 0, timeout=5000)


def test_editing_a_person_corrects_the_card(qtbot, desk_context):
    rossi = add_person(desk_context, "Rossi", "Marco")
    screen = _screen(qtbot, desk_context)
    _open_card(qtbot, screen, "rossi")
    QTest.keyClick(screen.card, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.card.findChild(PersonFormDialog) is not None)
    dialog = screen.card.findChild(PersonFormDialog)
    assert dialog.family_name.text() == "Rossi"
    dialog.phone.setText("333 1234567")
    with qtbot.waitSignal(screen.card.loaded, timeout=5000):
        dialog.buttons.accepted.emit()
    assert _person(desk_context, rossi).phone == "333 1234567"
    assert "333 1234567" in screen.card.details.text()


def test_an_operator_exports_everything_about_a_person_to_a_file(
        qtbot, desk_context, tmp_path, monkeypatch):
    sign_in(desk_context, "operator")
    rossi = add_person(desk_context, "Rossi", "Marco")
    register_access(desk_context.register, rossi, ["lavoro"], None)
    screen = _screen(qtbot, desk_context)
    _open_card(qtbot, screen, "rossi")
    target = tmp_path / "rossi.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "JSON"))
    with qtbot.waitSignal(screen.card.exported, timeout=5000):
        screen.card.export_button.click()

    exported = json.loads(target.read_text("utf-8"))
    assert exported["person"]["family_name"] == "Rossi"
    assert [access["themes"] for access in exported["accesses"]] == ["lavoro"]
    assert str(target) in screen.card.feedback.text()
    with desk_context.register.reading() as session:
        actions = session.scalars(select(AuditEntry.action)).all()
    assert "export_person_data" in actions


def test_a_volunteer_cannot_export_and_is_told_why(qtbot, desk_context):
    sign_in(desk_context, "volunteer")
    add_person(desk_context, "Rossi", "Marco")
    screen = _screen(qtbot, desk_context)
    _open_card(qtbot, screen, "rossi")
    assert not screen.card.export_button.isEnabled()
    assert "operators" in screen.card.export_button.toolTip()
