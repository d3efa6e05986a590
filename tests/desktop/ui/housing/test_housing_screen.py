"""Casa: homes with today's occupancy, stays started through the dialog with the keyboard,
refusals said in the window's language, the lists sorted, filtered and exported, and homes
removed only after a question and only while they have no stays."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from desktop.services.housing import add_home, start_stay
from desktop.services.requests import open_request
from desktop.ui import i18n
from desktop.ui.housing.listing import home_ids, stay_ids, stay_rows
from desktop.ui.housing.screen import HousingScreen
from desktop.ui.housing.stay_dialogs import StayDialog
from desktop.ui.lists import periods
from desktop.ui.lists.source import Sort
from sync.schema import Stay
from tests.desktop.ui.message_boxes import confirm_destructive, open_box
from tests.desktop.ui.sportello.desk_fixtures import Keyboard, add_person, show, sign_in

TODAY = date.today()


@pytest.fixture
def housed(desk_context):
    """Two homes: a full two-place flat (a stay ends in ten days) and a free four-place one."""
    register = desk_context.register
    sign_in(desk_context, "operator")
    flat = add_home(register, "Bilocale via Roma 12", 2, "Rho", TODAY - timedelta(days=60))
    house = add_home(register, "Casa Lainate", 4, "Lainate")
    rossi = add_person(desk_context, "Rossi", "Marco")
    start_stay(register, flat.id, rossi, 2, TODAY - timedelta(days=5), TODAY + timedelta(days=10))
    return flat.id, house.id, rossi


def _screen(qtbot, context):
    screen = HousingScreen(context)
    with qtbot.waitSignals([screen.homes.shown, screen.stays.shown, screen.summary_shown],
                           timeout=5000):
        show(qtbot, screen, screen.homes.view)
    return screen


def _stay_count(context) -> int:
    with context.register.reading() as session:
        return session.scalar(select(func.count()).select_from(Stay))


def test_homes_show_todays_occupancy_and_when_the_next_place_frees_up(qtbot, desk_context,
                                                                      housed):
    screen = _screen(qtbot, desk_context)
    ten_days = f"{TODAY + timedelta(days=10):%d/%m/%Y}"
    assert screen.summary.text() == (f"Homes with a free place today: 1 of 2 available · "
                                     f"the next place frees up on {ten_days} "
                                     f"(Bilocale via Roma 12).")
    rows = {screen.homes.cell_text(row, 0): [screen.homes.cell_text(row, column)
                                             for column in range(1, 6)]
            for row in range(screen.homes.model.rowCount())}
    assert rows == {"Bilocale via Roma 12": ["Rho", "2", "2", "full", ten_days],
                    "Casa Lainate": ["Lainate", "4", "0", "4", ""]}
    with qtbot.waitSignal(screen.homes.shown, timeout=5000) as shown:
        screen.homes.filter_bar.set_choice("state", "free")
    assert shown.args == [1]


def test_a_stay_is_started_with_the_keyboard_and_linked_to_the_housing_request(
        qtbot, desk_context, housed):
    _flat, house, rossi = housed
    request = open_request(desk_context.register, rossi, "casa", TODAY, None,
                           desk_context.account_id)
    screen = _screen(qtbot, desk_context)
    screen.homes.view.selectRow(1)  # Casa Lainate: the dialog offers it first
    dialog = StayDialog(desk_context, screen.homes.current_id(), screen)
    show(qtbot, dialog, dialog.person.search_field)
    keyboard = Keyboard()
    with qtbot.waitSignal(dialog.person.matches_shown, timeout=5000):
        keyboard.type("ross")
    assert dialog.person.person_id() == rossi
    qtbot.waitUntil(lambda: dialog.request.currentData() == request.id)
    dialog.guests.setValue(3)
    with qtbot.waitSignals([dialog.saved, screen.stays.shown], timeout=5000):
        keyboard.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert _stay_count(desk_context) == 2
    stays = stay_rows(desk_context.register, screen.stays.row_ids())
    new = next(stay for stay in stays.values() if stay.home_id == house)
    assert (new.guests, new.start_on, new.end_on, new.request_id) == (3, TODAY, None,
                                                                      request.id)
    assert screen.stays.filter_bar.values()["home"] == house  # the chosen home's stays


def test_a_stay_in_a_full_home_is_refused_in_italian_and_nothing_is_saved(
        qtbot, desk_context, housed):
    flat, _house, _rossi = housed
    verdi = add_person(desk_context, "Verdi", "Anna")
    i18n.install_language("it")
    try:
        dialog = StayDialog(desk_context, flat)
        show(qtbot, dialog, dialog.person.search_field)
        with qtbot.waitSignal(dialog.person.matches_shown, timeout=5000):
            qtbot.keyClicks(dialog.person.search_field, "verdi")
        assert dialog.person.person_id() == verdi
        dialog.save()
        qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
        assert dialog.feedback.text() == (
            f"Il {TODAY:%d/%m/%Y} l'alloggio ospiterebbe 3 persone ma ha solo 2 posti: "
            "scegli altre date o un altro alloggio.")
        assert dialog.isVisible() and dialog.person.person_id() == verdi  # nothing lost
    finally:
        i18n.install_language("en")
    assert _stay_count(desk_context) == 1


def test_a_stay_that_starts_when_the_other_ends_fits(desk_context, housed):
    flat, _house, rossi = housed
    ten_days = TODAY + timedelta(days=10)
    start_stay(desk_context.register, flat, rossi, 2, ten_days, None)
    assert _stay_count(desk_context) == 2


def test_stays_filter_by_state_and_period_and_sort_by_person(desk_context, housed):
    flat, house, _rossi = housed
    register = desk_context.register
    bianchi = add_person(desk_context, "Bianchi", "Nicolò")
    later = start_stay(register, house, bianchi, 1, TODAY + timedelta(days=30), None)
    everything = {"period": periods.EVERYTHING}
    assert stay_ids(register, {**everything, "state": "upcoming"}, Sort("start")) == [later.id]
    assert len(stay_ids(register, {**everything, "state": "current"}, Sort("start"))) == 1
    by_person = stay_ids(register, everything, Sort("person"))
    assert stay_rows(register, by_person)[by_person[0]].family_name == "Bianchi"
    last_year = {"period": periods.last_year(TODAY)}
    assert stay_ids(register, last_year, Sort("start")) == []
    assert home_ids(register, {"state": "full"}, Sort("description")) == [flat]


def test_the_homes_list_exports_what_is_shown(qtbot, desk_context, housed, tmp_path):
    screen = _screen(qtbot, desk_context)
    target = tmp_path / "alloggi.csv"
    with qtbot.waitSignal(screen.homes.exported, timeout=5000):
        screen.homes.export_to(target)
    lines = target.read_text("utf-8-sig").splitlines()
    assert lines[0].startswith("Home;Municipality;Places;Guests today;Free today")
    assert lines[1].startswith("Bilocale via Roma 12;Rho;2;2;full")
    assert len(lines) == 3


def test_delete_on_a_home_asks_first_and_enter_cancels(qtbot, desk_context, housed):
    _flat, house, _rossi = housed
    screen = _screen(qtbot, desk_context)
    screen.homes.view.selectRow(1)  # Casa Lainate, no stays
    qtbot.keyClick(screen.homes.view, Qt.Key.Key_Delete)
    box = open_box(qtbot, screen, QMessageBox.Icon.Question)
    assert box.text() == "Remove the home “Casa Lainate”?"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())
    desk_context.runner.wait_for_done()
    assert house in home_ids(desk_context.register, {}, Sort("description"))


def test_a_home_without_stays_is_removed_after_confirming(qtbot, desk_context, housed):
    flat, _house, _rossi = housed
    screen = _screen(qtbot, desk_context)
    screen.homes.view.selectRow(1)
    screen.remove_home_button.click()
    with qtbot.waitSignal(screen.homes.shown, timeout=5000) as shown:
        confirm_destructive(qtbot, open_box(qtbot, screen, QMessageBox.Icon.Question))
    assert shown.args == [1]
    assert home_ids(desk_context.register, {}, Sort("description")) == [flat]


def test_a_home_with_stays_is_kept_and_the_refusal_says_what_to_do_in_italian(
        qtbot, desk_context, housed):
    flat, _house, _rossi = housed
    screen = _screen(qtbot, desk_context)
    screen.homes.view.selectRow(0)  # Bilocale via Roma 12, someone hosted
    i18n.install_language("it")
    try:
        screen.ask_to_remove_home()
        confirm_destructive(qtbot, open_box(qtbot, screen, QMessageBox.Icon.Question))
        refusal = open_box(qtbot, screen, QMessageBox.Icon.Warning)
        assert refusal.text() == (
            "Questo alloggio ha ospitalità registrate (anche concluse), quindi non si può "
            "eliminare: per non offrirlo più, correggilo (Invio) e indica l'ultimo giorno in "
            "cui è disponibile.")
    finally:
        i18n.install_language("en")
    assert flat in home_ids(desk_context.register, {}, Sort("description"))
