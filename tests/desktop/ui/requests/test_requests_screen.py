"""Richieste on real widgets: opening, closing once, ages, and the satisfied share on top."""

from datetime import date, timedelta

from PySide6.QtTest import QTest
from sqlalchemy import select

from desktop.services.requests import close_request, open_request
from desktop.ui.lists.periods import EVERYTHING
from desktop.ui.requests.screen import RequestsScreen
from sync.keynumbers import compute
from sync.schema import Request
from tests.desktop.ui.sportello.desk_fixtures import add_person, show, sign_in


def _screen(qtbot, context):
    screen = RequestsScreen(context)
    with qtbot.waitSignal(screen.list.shown, timeout=5000), \
            qtbot.waitSignal(screen.shares_shown, timeout=5000):
        show(qtbot, screen, screen.list.view)
    return screen


def _row_texts(screen, row=0):
    return [screen.list.cell_text(row, column) for column in range(7)]


def test_a_request_is_opened_for_a_person_and_then_closed_as_satisfied(qtbot, desk_context):
    sign_in(desk_context, "volunteer")
    add_person(desk_context, "Rossi", "Marco")
    screen = _screen(qtbot, desk_context)
    opening = screen.open_new_request()
    with qtbot.waitSignal(opening.person.matches_shown, timeout=5000):
        QTest.keyClicks(opening.person.search_field, "rossi")
    opening.notes.setText("Affitto arretrato")
    with qtbot.waitSignal(screen.list.shown, timeout=5000):
        opening.save()
    assert _row_texts(screen) == [f"{date.today():%d/%m/%Y}", "ROSSI Marco", "Famiglia", "Aperta",
                                  "opened today", "", ""]
    screen.list.view.selectRow(0)
    assert screen.close_button.isEnabled()
    closing = screen.close_selected()
    closing.reason.setText("Contributo affitto ottenuto")
    closing.save()
    qtbot.waitUntil(lambda: _row_texts(screen)[3] == "Soddisfatta", timeout=5000)
    assert _row_texts(screen)[4:] == ["closed the same day", f"{date.today():%d/%m/%Y}",
                                      "Contributo affitto ottenuto"]
    qtbot.waitUntil(lambda: "100% of the 1 family requests" in screen.shares.text(),
                    timeout=5000)
    assert not screen.close_button.isEnabled()


def test_a_request_cannot_be_closed_twice(qtbot, desk_context):
    sign_in(desk_context, "volunteer")
    rossi = add_person(desk_context, "Rossi", "Marco")
    request = open_request(desk_context.register, rossi, "casa", date.today(), None, None).id
    screen = _screen(qtbot, desk_context)
    screen.list.view.selectRow(0)
    dialog = screen.close_selected()
    # Someone closes it at the same moment: the service refuses the second closing.
    close_request(desk_context.register, request, "ritirata", date.today(), "Trasferita", None)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.feedback.text() != "", timeout=5000)
    assert "already closed" in dialog.feedback.text() and dialog.isVisible()
    dialog.reject()
    qtbot.waitUntil(lambda: _row_texts(screen)[3] == "Ritirata", timeout=5000)
    screen.list.view.selectRow(0)
    assert screen.close_selected() is None  # and the screen refuses it before asking
    assert "already closed (ritirata" in screen.feedback.text()
    with desk_context.register.reading() as session:
        stored = session.get(Request, request)
        assert (stored.state, stored.close_reason) == ("ritirata", "Trasferita")


def test_ages_say_how_long_a_request_has_been_open(qtbot, desk_context):
    rossi = add_person(desk_context, "Rossi", "Marco")
    open_request(desk_context.register, rossi, "famiglia", date.today() - timedelta(days=23),
                 None, None)
    screen = _screen(qtbot, desk_context)
    screen.list.filter_bar.period("period").set_period(EVERYTHING)
    qtbot.waitUntil(lambda: screen.list.model.rowCount() == 1, timeout=5000)
    assert _row_texts(screen)[4] == "open for 23 day(s)"


def test_the_share_on_top_is_the_key_number_and_the_list_filters_by_state(qtbot, desk_context):
    rossi = add_person(desk_context, "Rossi", "Marco")
    register = desk_context.register
    opened = [open_request(register, rossi, "famiglia", date.today(), None, None).id
              for _ in range(3)]
    close_request(register, opened[0], "soddisfatta", date.today(), None, None)
    close_request(register, opened[1], "non_soddisfatta", date.today(), None, None)
    screen = _screen(qtbot, desk_context)
    year = date(date.today().year, 1, 1), date(date.today().year, 12, 31)
    expected = compute(register.engine, *year, [register.site]).indicators
    assert expected["family_requests_satisfied_pct"] == 33
    assert screen.shares.text().startswith("In the period: 33% of the 3 family requests")
    with qtbot.waitSignal(screen.list.shown, timeout=5000):
        screen.list.filter_bar.set_choice("state", "aperta")
    assert screen.list.row_ids() == [opened[2]]
    with desk_context.register.reading() as session:
        assert len(session.scalars(select(Request)).all()) == 3
