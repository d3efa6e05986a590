"""Consulenze on real widgets: recording, filtering, notes kept from volunteers, follow-ups."""

from datetime import date, datetime, timedelta

from PySide6.QtTest import QTest
from sqlalchemy import select

from desktop.services.consultations import record_consultation
from desktop.ui.consultations.dialog import ConsultationDialog
from desktop.ui.consultations.follow_ups import FollowUpsPanel
from desktop.ui.consultations.screen import ConsultationsScreen
from sync.schema import AuditEntry, Consultation
from tests.desktop.ui.sportello.desk_fixtures import add_person, show, sign_in


def _screen(qtbot, context):
    screen = ConsultationsScreen(context)
    with qtbot.waitSignal(screen.list.shown, timeout=5000):
        show(qtbot, screen, screen.list.view)
    return screen


def _consult(context, person_id, theme, notes=None, when=None, follow_up_on=None):
    return record_consultation(context.register, person_id, theme, context.account_id,
                               when or datetime.now().replace(second=0, microsecond=0),
                               notes=notes, follow_up_on=follow_up_on).id


def _audit_actions(context):
    with context.register.reading() as session:
        return list(session.scalars(select(AuditEntry.action)))


def test_a_consultation_recorded_in_the_dialog_appears_in_the_list(qtbot, desk_context):
    sign_in(desk_context, "operator")
    add_person(desk_context, "Rossi", "Marco")
    screen = _screen(qtbot, desk_context)
    dialog = screen.open_new_consultation()
    with qtbot.waitSignal(dialog.person.matches_shown, timeout=5000):
        QTest.keyClicks(dialog.person.search_field, "rossi")
    assert dialog.person.person_id() is not None
    dialog.theme.setCurrentIndex(dialog.theme.findData("risparmio"))
    dialog.minutes.setValue(45)
    dialog.notes.setPlainText("Piano di rientro con la banca")
    dialog.follow_up.setChecked(True)
    with qtbot.waitSignal(screen.list.shown, timeout=5000):
        dialog.save()
    assert screen.list.model.rowCount() == 1
    assert [screen.list.cell_text(0, column) for column in range(1, 7)] == [
        "ROSSI Marco", "Risparmio", "Giulia operator", "45",
        f"{date.today() + timedelta(days=14):%d/%m/%Y}", "yes"]


def test_the_list_is_filtered_by_theme_and_period(qtbot, desk_context):
    sign_in(desk_context, "operator")
    rossi = add_person(desk_context, "Rossi", "Marco")
    _consult(desk_context, rossi, "lavoro")
    _consult(desk_context, rossi, "casa")
    _consult(desk_context, rossi, "lavoro", when=datetime(2020, 5, 4, 10, 0))
    screen = _screen(qtbot, desk_context)
    assert screen.list.model.rowCount() == 2  # this year only
    with qtbot.waitSignal(screen.list.shown, timeout=5000):
        screen.list.filter_bar.set_choice("theme", "lavoro")
    assert screen.list.model.rowCount() == 1 and screen.list.cell_text(0, 2) == "Lavoro"
    from desktop.ui.lists.periods import EVERYTHING
    with qtbot.waitSignal(screen.list.shown, timeout=5000):
        screen.list.filter_bar.period("period").set_period(EVERYTHING)
    assert screen.list.cell_text(1, 0) == "04/05/2020 10:00"


def test_an_operator_reads_the_notes_and_the_read_is_audit_logged(qtbot, desk_context):
    sign_in(desk_context, "operator")
    consultation = _consult(desk_context, add_person(desk_context, "Rossi", "Marco"), "debito",
                            notes="Debito con il gestore del gas")
    screen = _screen(qtbot, desk_context)
    screen.list.view.selectRow(0)
    assert screen.notes_button.isEnabled()
    with qtbot.waitSignal(screen.notes_shown, timeout=5000) as shown:
        screen.notes_button.click()
    assert shown.args == [consultation]
    assert screen.notes.toPlainText() == "Debito con il gestore del gas"
    assert _audit_actions(desk_context) == ["read_notes"]


def test_a_volunteer_cannot_read_the_notes(qtbot, desk_context):
    sign_in(desk_context, "volunteer")
    _consult(desk_context, add_person(desk_context, "Rossi", "Marco"), "debito",
             notes="Debito con il gestore del gas")
    screen = _screen(qtbot, desk_context)
    screen.list.view.selectRow(0)
    assert not screen.notes_button.isEnabled()
    assert "operators" in screen.notes_button.toolTip()
    screen.show_notes()  # as if Enter were pressed on the row
    qtbot.waitUntil(lambda: screen.feedback.text() != "", timeout=5000)
    assert "role" in screen.feedback.text()
    assert screen.notes.isHidden() and screen.notes.toPlainText() == ""
    assert "gas" not in "".join(screen.list.cell_text(0, c) for c in range(7))
    assert _audit_actions(desk_context) == []


def test_the_dialog_refuses_a_consultation_without_a_person_or_with_a_past_follow_up(
        qtbot, desk_context):
    sign_in(desk_context, "operator")
    rossi = add_person(desk_context, "Rossi", "Marco")
    dialog = ConsultationDialog(desk_context)
    qtbot.addWidget(dialog)
    dialog.save()
    assert "person" in dialog.feedback.text()
    card_dialog = ConsultationDialog(desk_context, person_id=rossi, person_name="ROSSI Marco")
    qtbot.addWidget(card_dialog)
    assert card_dialog.person.search_field.isHidden()
    card_dialog.follow_up.setChecked(True)
    card_dialog.follow_up_on.setDate(date.today() - timedelta(days=3))
    card_dialog.save()
    qtbot.waitUntil(lambda: card_dialog.feedback.text() != "", timeout=5000)
    assert "ricontatto" in card_dialog.feedback.text()
    with desk_context.register.reading() as session:
        assert session.scalars(select(Consultation)).all() == []


def test_the_follow_ups_of_this_week_are_listed_for_the_sportello(qtbot, desk_context):
    sign_in(desk_context, "operator")
    rossi = add_person(desk_context, "Rossi", "Marco")
    monday = date.today() - timedelta(days=date.today().weekday())
    _consult(desk_context, rossi, "lavoro", when=datetime.combine(monday, datetime.min.time()),
             follow_up_on=monday + timedelta(days=6))
    _consult(desk_context, rossi, "casa", follow_up_on=monday + timedelta(days=9))
    panel = FollowUpsPanel(desk_context)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: "(1)" in panel.title.text(), timeout=5000)
    assert panel.texts() == [f"Sun {monday + timedelta(days=6):%d/%m}  ·  ROSSI Marco  ·  lavoro"]
    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        _consult(desk_context, rossi, "cura", follow_up_on=monday + timedelta(days=6))
    assert len(panel.texts()) == 2


def test_the_person_card_opens_a_consultation_and_a_request_for_its_person(qtbot, desk_context):
    from desktop.ui.people.person_card import PersonCard
    from desktop.ui.requests.dialogs import OpenRequestDialog

    rossi = add_person(desk_context, "Rossi", "Marco")
    card = PersonCard(desk_context)
    qtbot.addWidget(card)
    with qtbot.waitSignal(card.loaded, timeout=5000):
        card.show_person(rossi)
    card.consultation_button.click()
    card.request_button.click()
    consultation = card.findChild(ConsultationDialog)
    request = card.findChild(OpenRequestDialog)
    assert consultation.person.person_id() == rossi == request.person.person_id()
    assert consultation.person.fixed.text() == "<b>ROSSI Marco</b>"
