"""The Sportello driven with the keyboard, as a volunteer with a queue in front would."""

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.ui.sportello.screen import SportelloScreen
from sync.schema import Access, Person
from tests.desktop.ui.sportello.desk_fixtures import Keyboard, add_person, show

ENTER = Qt.Key.Key_Return


def _accesses(context):
    with context.register.reading() as session:
        return session.scalars(select(Access).order_by(Access.occurred_at)).all()


def _screen(qtbot, context):
    screen = SportelloScreen(context)
    show(qtbot, screen, screen.search_field)
    return screen


def _type_and_wait(qtbot, screen, keyboard, text):
    with qtbot.waitSignal(screen.results_shown, timeout=5000,
                          check_params_cb=lambda shown: shown == screen.search_field.text()):
        keyboard.type(text)


def test_a_returning_visitor_is_found_by_part_of_the_name_and_registered_with_two_themes(
        qtbot, desk_context):
    rossi = add_person(desk_context, "Rossi", "Marco", municipality="Rho")
    add_person(desk_context, "Bianchi", "Anna")
    screen = _screen(qtbot, desk_context)
    keyboard = Keyboard()

    _type_and_wait(qtbot, screen, keyboard, "ross")
    assert screen.results_view.model().rowCount() == 1
    keyboard.press(ENTER)
    assert screen.selected_person_id() == rossi
    keyboard.type("ld")
    assert screen.theme_bar.chosen() == ["lavoro", "debito"]
    with qtbot.waitSignal(screen.access_registered, timeout=5000):
        keyboard.press(ENTER)

    [access] = _accesses(desk_context)
    assert (access.person_id, access.themes) == (rossi, "lavoro;debito")
    qtbot.waitUntil(lambda: screen.today.access_ids() == [access.id], timeout=5000)
    assert screen.today.row(0).family_name == "Rossi"
    assert screen.search_field.text() == "" and screen.search_field.hasFocus()
    assert screen.theme_bar.chosen() == []
    assert "ROSSI Marco" in screen.feedback.text()


def test_a_returning_visitor_costs_at_most_eight_keystrokes(qtbot, desk_context):
    add_person(desk_context, "Rossi", "Marco")
    add_person(desk_context, "Russo", "Giulia")
    screen = _screen(qtbot, desk_context)
    keyboard = Keyboard()

    _type_and_wait(qtbot, screen, keyboard, "ross")
    keyboard.press(ENTER)
    keyboard.type("l")
    with qtbot.waitSignal(screen.access_registered, timeout=5000):
        keyboard.press(ENTER)

    assert keyboard.count <= 8
    [access] = _accesses(desk_context)
    assert access.themes == "lavoro"


def test_enter_pressed_before_the_results_arrive_still_selects_the_first_person(
        qtbot, desk_context):
    rossi = add_person(desk_context, "Rossi", "Marco")
    screen = _screen(qtbot, desk_context)
    keyboard = Keyboard()
    keyboard.type("ross")
    keyboard.press(ENTER)  # no waiting: a fast typist
    qtbot.waitUntil(lambda: screen.selected_person_id() == rossi, timeout=5000)
    assert screen.results_view.hasFocus()


def test_an_anonymous_access_is_one_keystroke_and_keeps_the_themes_chosen_while_typing(
        qtbot, desk_context):
    screen = _screen(qtbot, desk_context)
    keyboard = Keyboard()
    keyboard.press(Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert screen.search_field.text() == ""
    assert screen.theme_bar.chosen() == ["famiglia"]
    with qtbot.waitSignal(screen.access_registered, timeout=5000):
        keyboard.press(Qt.Key.Key_F3)

    [access] = _accesses(desk_context)
    assert (access.person_id, access.themes) == (None, "famiglia")
    qtbot.waitUntil(lambda: screen.today.access_ids() == [access.id], timeout=5000)
    assert screen.today.row(0).person_id is None


def test_letters_typed_in_the_results_go_back_to_the_search_unless_they_are_theme_keys(
        qtbot, desk_context):
    add_person(desk_context, "Rossi", "Marco")
    add_person(desk_context, "Rossini", "Fatima")
    screen = _screen(qtbot, desk_context)
    keyboard = Keyboard()
    _type_and_wait(qtbot, screen, keyboard, "ross")
    keyboard.press(ENTER)
    keyboard.press(Qt.Key.Key_Down)
    assert screen.results_view.currentIndex().row() == 1
    _type_and_wait(qtbot, screen, keyboard, "i")  # not a theme key: back to typing
    assert screen.search_field.text() == "rossi"
    assert screen.search_field.hasFocus()
    keyboard.press(ENTER)
    keyboard.press(Qt.Key.Key_Escape)
    assert screen.search_field.hasFocus()
    assert screen.theme_bar.chosen() == []


def test_an_access_for_someone_removed_meanwhile_is_explained_and_nothing_is_stored(
        qtbot, desk_context):
    rossi = add_person(desk_context, "Rossi", "Marco")
    screen = _screen(qtbot, desk_context)
    keyboard = Keyboard()
    _type_and_wait(qtbot, screen, keyboard, "rossi")
    keyboard.press(ENTER)
    with desk_context.register.writing() as session:  # merged away at another desk
        session.get(Person, rossi).deleted = True
    keyboard.press(ENTER)

    qtbot.waitUntil(lambda: screen.feedback.property("error") is True, timeout=5000)
    assert "Traceback" not in screen.feedback.text() and screen.feedback.text()
    assert _accesses(desk_context) == []
