"""Recording an individual consultation from an access on the Sportello's Oggi list (Ctrl+K)."""

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from desktop.services.accesses import register_access
from desktop.ui.consultations.dialog import ConsultationDialog
from desktop.ui.sportello.screen import SportelloScreen
from sync.schema import Consultation
from tests.desktop.ui.sportello.desk_fixtures import add_person, show, sign_in


def _sportello(qtbot, context, accesses: int):
    screen = SportelloScreen(context)
    show(qtbot, screen, screen.search_field)
    qtbot.waitUntil(lambda: len(screen.today.access_ids()) == accesses, timeout=5000)
    return screen


def _dialog_opened_with_ctrl_k(qtbot, screen) -> ConsultationDialog:
    screen.today.view.setFocus()
    qtbot.waitUntil(screen.today.view.hasFocus)
    QTest.keyClick(screen.today.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.findChild(ConsultationDialog) is not None, timeout=5000)
    return screen.findChild(ConsultationDialog)


def test_ctrl_k_on_a_chosen_access_records_a_consultation_tied_to_it_and_its_person(
        qtbot, desk_context):
    sign_in(desk_context, "operator")
    rossi = add_person(desk_context, "Rossi", "Marco")
    bianchi = add_person(desk_context, "Bianchi", "Anna")
    now = datetime.now().replace(second=0, microsecond=0)
    earlier = register_access(desk_context.register, bianchi, ["casa"], None,
                              now - timedelta(minutes=30))
    register_access(desk_context.register, rossi, ["lavoro"], None, now)
    screen = _sportello(qtbot, desk_context, 2)
    assert "Ctrl+K" in screen.today.consultation_button.text()
    screen.today.view.selectRow(screen.today.access_ids().index(earlier.id))

    dialog = _dialog_opened_with_ctrl_k(qtbot, screen)
    assert dialog.person.person_id() == bianchi
    assert "BIANCHI Anna" in dialog.person.fixed.text()
    dialog.theme.setCurrentIndex(dialog.theme.findData("casa"))
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save()
    with desk_context.register.reading() as session:
        stored = session.get(Consultation, saved.args[0])
        assert (stored.access_id, stored.person_id, stored.theme) == (earlier.id, bianchi,
                                                                      "casa")


def test_from_an_anonymous_access_the_person_is_chosen_in_the_dialog(qtbot, desk_context):
    sign_in(desk_context, "operator")
    access = register_access(desk_context.register, None, ["cura"], None)
    screen = _sportello(qtbot, desk_context, 1)
    dialog = _dialog_opened_with_ctrl_k(qtbot, screen)  # nothing chosen: the newest access
    assert dialog.person.person_id() is None and dialog.person.search_field.isVisibleTo(dialog)
    rossi = add_person(desk_context, "Rossi", "Marco")
    with qtbot.waitSignal(dialog.person.matches_shown, timeout=5000):
        QTest.keyClicks(dialog.person.search_field, "rossi")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save()
    with desk_context.register.reading() as session:
        stored = session.get(Consultation, saved.args[0])
        assert (stored.access_id, stored.person_id) == (access.id, rossi)


def test_with_no_access_today_there_is_nothing_to_record_from(qtbot, desk_context):
    screen = _sportello(qtbot, desk_context, 0)
    qtbot.waitUntil(lambda: screen.today._title.text() != "", timeout=5000)
    assert not screen.today.consultation_button.isEnabled()
    screen.today.request_consultation()
    assert screen.findChild(ConsultationDialog) is None
    with desk_context.register.reading() as session:
        assert session.scalars(select(Consultation)).all() == []
