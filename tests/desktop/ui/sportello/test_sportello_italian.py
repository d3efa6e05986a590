"""The Sportello and the person card speak Italian with their catalogues loaded."""

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QPushButton

from desktop.ui.people.person_card import PersonCard
from desktop.ui.sportello.screen import SportelloScreen
from sync.paths import resources_dir


@pytest.fixture
def italian(qapp):
    translators = []
    for name in ("sportello_it.qm", "people_it.qm"):
        translator = QTranslator()
        assert translator.load(str(resources_dir() / "translations" / name))
        qapp.installTranslator(translator)
        translators.append(translator)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_the_sportello_and_the_card_are_in_italian(qtbot, desk_context, italian):
    screen = SportelloScreen(desk_context)
    qtbot.addWidget(screen)
    assert screen.new_person_button.text() == "F2  Nuova persona"
    assert screen.anonymous_button.text() == "F3  Accesso anonimo"
    header = screen.results_view.model().headerData(3, Qt.Orientation.Horizontal)
    assert header == "Ultimo accesso"
    themes = [button.text() for button in screen.theme_bar.findChildren(QPushButton)]
    assert "L · Lavoro" in themes and "U · Cura" in themes
    card = PersonCard(desk_context)
    qtbot.addWidget(card)
    assert card.undo_button.text() == "Annulla l'unione"
    assert QCoreApplication.translate("PersonCard", "Stays") == "Ospitalità"
