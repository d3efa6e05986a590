"""F2: the new-person form from the Sportello, its live codice fiscale check and the
duplicate warning."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from desktop.receipts.notice import current_notice
from desktop.ui.people.person_form import PersonFormDialog
from desktop.ui.sportello.screen import SportelloScreen
from sync.schema import Access, Person
from tests.desktop.ui.sportello.desk_fixtures import Keyboard, add_person, show


def _people(context):
    with context.register.reading() as session:
        return session.scalars(select(Person).order_by(Person.created_at)).all()


def _open_form(qtbot, context, typed):
    screen = SportelloScreen(context)
    show(qtbot, screen, screen.search_field)
    keyboard = Keyboard()
    keyboard.type(typed)
    keyboard.press(Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: screen.findChild(PersonFormDialog) is not None)
    dialog = screen.findChild(PersonFormDialog)
    qtbot.waitExposed(dialog)
    return screen, dialog, keyboard


def _save(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_new_person_with_an_invalid_then_a_valid_codice_fiscale(qtbot, desk_context):
    screen, dialog, keyboard = _open_form(qtbot, desk_context, "bianchi anna")
    assert (dialog.family_name.text(), dialog.given_name.text()) == ("Bianchi", "Anna")

    QTest.keyClicks(dialog.tax_code, "BNCNNA85T52H264X")
    assert "✗" in dialog.tax_code_status.text()
    assert "controllo" in dialog.tax_code_status.text()  # the reason, in words
    _save(dialog)
    qtbot.waitUntil(lambda: dialog.problem.text() != "", timeout=5000)
    assert _people(desk_context) == [] and dialog.isVisible()

    QTest.keyClick(dialog.tax_code, Qt.Key.Key_Backspace)
    QTest.keyClicks(dialog.tax_code, "w")
    assert "✓" in dialog.tax_code_status.text()
    assert dialog.birth_date.text() == "12/12/1985"
    assert dialog.sex.currentData() == "F"
    dialog.consent.setChecked(True)
    with qtbot.waitSignal(screen.results_shown, timeout=5000):
        _save(dialog)

    [anna] = _people(desk_context)
    assert (anna.family_name, anna.tax_code, anna.birth_date, anna.sex) == (
        "Bianchi", "BNCNNA85T52H264W", date(1985, 12, 12), "F")
    assert anna.consent_date == date.today()
    assert anna.consent_notice_version == current_notice("it").version
    # the new person is ready: one theme key and Enter register her access
    assert screen.selected_person_id() == anna.id
    screen.activateWindow()  # the offscreen platform does not hand activation back by itself
    qtbot.waitUntil(screen.results_view.hasFocus)
    keyboard.type("c")
    with qtbot.waitSignal(screen.access_registered, timeout=5000):
        keyboard.press(Qt.Key.Key_Return)
    with desk_context.register.reading() as session:
        access = session.scalars(select(Access)).one()
    assert (access.person_id, access.themes) == (anna.id, "casa")


def test_a_likely_duplicate_is_shown_before_saving_and_can_be_used_instead(
        qtbot, desk_context):
    rossi = add_person(desk_context, "Rossi", "Marco", birth_date=date(1980, 1, 1))
    screen, dialog, _ = _open_form(qtbot, desk_context, "rossi marco")
    QTest.keyClicks(dialog.birth_date, "01/01/1980")
    _save(dialog)
    qtbot.waitUntil(dialog.duplicates_box.isVisible, timeout=5000)
    assert "ROSSI Marco" in dialog.duplicates_list.item(0).text()
    assert len(_people(desk_context)) == 1

    with qtbot.waitSignal(screen.results_shown, timeout=5000):
        dialog.use_existing_button.click()
    assert len(_people(desk_context)) == 1
    assert screen.selected_person_id() == rossi


def test_a_duplicate_warning_can_be_overruled_for_a_namesake(qtbot, desk_context):
    add_person(desk_context, "Rossi", "Marco", birth_date=date(1980, 1, 1))
    _, dialog, _ = _open_form(qtbot, desk_context, "rossi marco")
    QTest.keyClicks(dialog.birth_date, "01/01/1980")
    _save(dialog)
    qtbot.waitUntil(dialog.duplicates_box.isVisible, timeout=5000)
    dialog.save_anyway_button.click()
    qtbot.waitUntil(lambda: len(_people(desk_context)) == 2, timeout=5000)


def test_a_birth_date_that_is_not_a_date_is_refused_in_words(qtbot, desk_context):
    _, dialog, _ = _open_form(qtbot, desk_context, "verdi luca")
    QTest.keyClicks(dialog.birth_date, "31/02/1990")
    _save(dialog)
    assert "12/11/1980" in dialog.problem.text()
    assert _people(desk_context) == []
