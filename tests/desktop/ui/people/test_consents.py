"""Consents per purpose on the person card: record, withdraw (asked first, never erased), in
words for volunteers, from the keyboard, in Italian."""

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateEdit, QMessageBox

from desktop.receipts.notice import current_notice
from desktop.services.privacy import record_consent
from desktop.ui import i18n
from desktop.ui.people.person_card import PersonCard
from sync.gdpr import consents
from sync.schema import Consent
from tests.desktop.ui.sportello.desk_fixtures import add_person, show, sign_in


def _card(qtbot, context, person_id):
    card = PersonCard(context)
    show(qtbot, card, card.tabs)
    with qtbot.waitSignal(card.consents.shown, timeout=5000):
        card.show_person(person_id)
    card.tabs.setCurrentWidget(card.consents)
    return card


def _rows(context, person_id) -> list[Consent]:
    with context.register.reading() as session:
        return consents.consents_of(session, person_id)


def _confirmation(qtbot, card) -> QMessageBox:
    qtbot.waitUntil(lambda: card.consents.findChild(QMessageBox) is not None)
    return card.consents.findChild(QMessageBox)


def test_recording_a_consent_from_the_card_stores_it_with_today_and_the_current_notice(
        qtbot, desk_context):
    sign_in(desk_context, "volunteer")
    rossi = add_person(desk_context, "Rossi", "Marco")
    card = _card(qtbot, desk_context, rossi)
    assert card.consents.states["ricontatto"].text() == "Not collected"

    with qtbot.waitSignal(card.consents.shown, timeout=5000):
        card.consents.buttons["ricontatto"].click()

    [row] = _rows(desk_context, rossi)
    version = current_notice("it").version
    assert (row.purpose, row.given_on, row.notice_version, row.withdrawn_on) == (
        "ricontatto", date.today(), version, None)
    assert card.consents.states["ricontatto"].text() == (
        f"Given on {date.today():%d/%m/%Y}, privacy notice {version}")
    assert card.consents.buttons["ricontatto"].text() == "Withdraw…"
    assert card.consents.states["registro"].text() == "Not collected"
    assert "Being contacted again" in card.feedback.text()


def test_tab_goes_from_the_date_down_the_purposes_in_order(qtbot, desk_context):
    card = _card(qtbot, desk_context, add_person(desk_context, "Rossi", "Marco"))
    card.consents.day.setFocus()
    qtbot.waitUntil(card.consents.day.hasFocus)
    card.consents.day.setCurrentSection(QDateEdit.Section.YearSection)  # Tab walks day, month
    for purpose in consents.PURPOSES:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert card.consents.buttons[purpose].hasFocus()


def test_a_consent_signed_on_paper_days_ago_is_recorded_on_that_day_from_the_keyboard(
        qtbot, desk_context):
    rossi = add_person(desk_context, "Rossi", "Marco")
    card = _card(qtbot, desk_context, rossi)
    signed = date.today() - timedelta(days=3)
    card.consents.day.setDate(QDate(signed))

    QTest.keyClick(card.consents, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert card.consents.buttons["statistiche"].hasFocus()
    with qtbot.waitSignal(card.consents.shown, timeout=5000):
        QTest.keyClick(card.consents.buttons["statistiche"], Qt.Key.Key_Space)

    assert [(row.purpose, row.given_on) for row in _rows(desk_context, rossi)] == [
        ("statistiche", signed)]


def test_withdrawing_after_confirming_keeps_the_consent_with_its_withdrawal_date(
        qtbot, desk_context):
    rossi = add_person(desk_context, "Rossi", "Marco")
    record_consent(desk_context.register, rossi, "attivita", date(2026, 2, 3), "2026-01", None)
    card = _card(qtbot, desk_context, rossi)
    assert card.consents.states["attivita"].text() == "Given on 03/02/2026, privacy notice 2026-01"

    card.consents.buttons["attivita"].click()
    box = _confirmation(qtbot, card)
    assert "ROSSI Marco" in box.text() and "Group activities" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    [withdraw] = [button for button in box.buttons()
                  if box.buttonRole(button) == QMessageBox.ButtonRole.DestructiveRole]
    with qtbot.waitSignal(card.consents.shown, timeout=5000):
        withdraw.click()

    [row] = _rows(desk_context, rossi)
    assert (row.given_on, row.withdrawn_on, row.deleted) == (date(2026, 2, 3), date.today(),
                                                             False)
    assert card.consents.states["attivita"].text() == (
        f"Withdrawn on {date.today():%d/%m/%Y} (given on 03/02/2026, privacy notice 2026-01)")
    assert card.consents.buttons["attivita"].text() == "Record consent"


def test_cancelling_the_confirmation_writes_nothing(qtbot, desk_context):
    rossi = add_person(desk_context, "Rossi", "Marco")
    record_consent(desk_context.register, rossi, "registro", date(2026, 2, 3), "2026-01", None)
    card = _card(qtbot, desk_context, rossi)

    card.consents.buttons["registro"].click()
    box = _confirmation(qtbot, card)
    QTest.keyClick(box, Qt.Key.Key_Return)  # Enter picks Cancel, the default
    qtbot.waitUntil(lambda: card.consents.findChild(QMessageBox) is None)
    desk_context.runner.wait_for_done()

    [row] = _rows(desk_context, rossi)
    assert row.withdrawn_on is None
    assert card.consents.states["registro"].text().startswith("Given on 03/02/2026")


def test_a_withdrawal_dated_before_the_consent_is_refused_without_asking(qtbot, desk_context):
    rossi = add_person(desk_context, "Rossi", "Marco")
    record_consent(desk_context.register, rossi, "registro", date(2026, 2, 3), "2026-01", None)
    card = _card(qtbot, desk_context, rossi)
    card.consents.day.setDate(QDate(2026, 2, 2))

    card.consents.buttons["registro"].click()

    assert card.consents.findChild(QMessageBox) is None
    assert "03/02/2026" in card.feedback.text()
    assert _rows(desk_context, rossi)[0].withdrawn_on is None


def test_the_section_speaks_italian_when_the_desk_does(qtbot, desk_context):
    i18n.install_language("it")
    rossi = add_person(desk_context, "Rossi", "Marco")
    record_consent(desk_context.register, rossi, "registro", date(2026, 2, 3), "2026-01", None)
    record_consent(desk_context.register, rossi, "ricontatto", date(2026, 2, 3), "2026-01", None)
    card = _card(qtbot, desk_context, rossi)
    card.consents.day.setDate(QDate(2026, 3, 1))
    card.consents.buttons["ricontatto"].click()
    box = _confirmation(qtbot, card)
    with qtbot.waitSignal(card.consents.shown, timeout=5000):
        [withdraw] = [button for button in box.buttons()
                      if box.buttonRole(button) == QMessageBox.ButtonRole.DestructiveRole]
        withdraw.click()

    section = card.consents
    assert card.tabs.tabText(card.tabs.indexOf(section)) == "Consensi"
    assert section.states["registro"].text() == "Dato il 03/02/2026, informativa 2026-01"
    assert section.states["ricontatto"].text() == (
        "Revocato il 01/03/2026 (dato il 03/02/2026, informativa 2026-01)")
    assert section.states["attivita"].text() == "Non raccolto"
    assert section.buttons["registro"].text() == "Revoca…"
    assert section.buttons["attivita"].text() == "Registra il consenso"
