"""The casework screens speak Italian with their catalogues: ages, refusals, plurals."""

from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QTranslator

from desktop.ui.consultations.screen import ConsultationsScreen
from desktop.ui.keynumbers.screen import KeyNumbersScreen
from desktop.ui.requests.screen import RequestsScreen
from sync.paths import resources_dir

CATALOGUES = ("lists_it.qm", "consultations_it.qm", "requests_it.qm", "keynumbers_it.qm",
              "frame_it.qm")


@pytest.fixture
def italian(qapp):
    translators = []
    for name in CATALOGUES:
        translator = QTranslator()
        assert translator.load(str(resources_dir() / "translations" / name)), name
        qapp.installTranslator(translator)
        translators.append(translator)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_request_ages_are_said_in_italian(qtbot, desk_context, italian):
    screen = RequestsScreen(desk_context)
    qtbot.addWidget(screen)
    today = date(2026, 11, 12)

    def row(state, opened_days_ago, closed_days_ago=None):
        return SimpleNamespace(state=state, opened_on=today - timedelta(days=opened_days_ago),
                               closed_on=None if closed_days_ago is None
                               else today - timedelta(days=closed_days_ago))

    assert screen.age_text(row("aperta", 23), today) == "aperta da 23 giorni"
    assert screen.age_text(row("aperta", 1), today) == "aperta da 1 giorno"
    assert screen.age_text(row("aperta", 0), today) == "aperta oggi"
    assert screen.age_text(row("soddisfatta", 10, 5), today) == "chiusa dopo 5 giorni"
    assert screen.open_button.text() == "F2  Apri una richiesta"
    assert screen.list.export_button.text() == "Esporta CSV… (Ctrl+E)"
    qtbot.waitUntil(lambda: screen.shares.text().startswith("Nel periodo: soddisfatte il 0%"),
                    timeout=5000)


def test_the_consultations_and_key_numbers_screens_are_in_italian(qtbot, desk_context,
                                                                  italian):
    consultations = ConsultationsScreen(desk_context)
    qtbot.addWidget(consultations)
    assert consultations.new_button.text() == "F2  Nuova consulenza"
    assert consultations.list.filter_bar.period("period").preset.currentText() == "Quest'anno"
    key_numbers = KeyNumbersScreen(desk_context)
    qtbot.addWidget(key_numbers)
    with qtbot.waitSignal(key_numbers.computed, timeout=5000):
        pass
    assert key_numbers.status.text().startswith("Dal 01/01/")
    assert key_numbers.cards["accessi"].title.text() == "Accessi"
