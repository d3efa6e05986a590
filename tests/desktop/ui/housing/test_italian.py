"""The Casa and Attività catalogues: every string translated, and the screens speak Italian."""

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt

from desktop.ui import i18n
from desktop.ui.activities.screen import ActivitiesScreen
from desktop.ui.housing.screen import HousingScreen
from sync.paths import resources_dir


@pytest.mark.parametrize("catalogue", ["housing", "activities"])
def test_every_string_of_the_catalogue_is_translated_and_compiled(catalogue):
    folder = resources_dir() / "translations"
    root = ET.parse(folder / f"{catalogue}_it.ts").getroot()
    unfinished = [message.findtext("source") for message in root.iter("message")
                  if message.find("translation").get("type") == "unfinished"
                  or not (message.findtext("translation") or "").strip()]
    assert unfinished == []
    assert (folder / f"{catalogue}_it.qm").stat().st_mtime >= 0


def test_both_screens_speak_italian(qtbot, desk_context):
    assert "housing_it.qm" in i18n.install_language("it")
    housing, activities = HousingScreen(desk_context), ActivitiesScreen(desk_context)
    for screen in (housing, activities):
        qtbot.addWidget(screen)
    assert housing.new_stay_button.text() == "F2  Nuova ospitalità"
    assert housing.homes.model.headerData(4, Qt.Orientation.Horizontal) == "Liberi oggi"
    assert activities.detail.enrol_button.text() == "F4  Iscrivi una persona…"
    assert housing.remove_home_button.text() == "Canc  Elimina alloggio"
    assert activities.detail.remove_session_button.text() == "Canc  Elimina incontro"
    assert activities.activities.model.headerData(4, Qt.Orientation.Horizontal) == "Partecipanti"
    desk_context.runner.wait_for_done()
