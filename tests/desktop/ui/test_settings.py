"""Typed settings over QSettings, with versioned upgrades."""

from PySide6.QtCore import QByteArray, QSettings

from desktop.ui.settings import CURRENT_VERSION, SETTINGS_FILE, DeskSettings


def test_defaults_are_typed_and_writes_survive_a_restart(qapp, tmp_path):
    settings = DeskSettings(tmp_path)
    assert settings.language == "it"
    assert settings.text_scale == 100 and isinstance(settings.text_scale, int)
    settings.text_scale = 130
    settings.window_geometry = QByteArray(b"\x01\x02")
    settings.sync()
    again = DeskSettings(tmp_path)
    assert again.text_scale == 130
    assert again.window_geometry == QByteArray(b"\x01\x02")
    assert again.version == CURRENT_VERSION


def test_a_hand_edited_value_falls_back_to_the_default(qapp, tmp_path):
    (tmp_path / SETTINGS_FILE).write_text("[General]\nsettings_version=1\ntext_scale=big\n")
    assert DeskSettings(tmp_path).text_scale == 100


def test_unknown_setting_names_are_refused(qapp, tmp_path):
    settings = DeskSettings(tmp_path)
    try:
        settings.colour = "red"
    except AttributeError:
        return
    raise AssertionError("a misspelt setting must not be stored silently")


def test_upgrade_steps_run_once_in_order_from_the_stored_version(qapp, tmp_path):
    store = QSettings(str(tmp_path / SETTINGS_FILE), QSettings.Format.IniFormat)
    store.setValue("settings_version", 1)
    store.setValue("font_points", 12)
    store.sync()
    ran = []

    def v2_points_to_percent(old):
        ran.append(2)
        old.setValue("text_scale", round(int(old.value("font_points")) / 9 * 100 / 5) * 5)
        old.remove("font_points")

    def v3_never_lock(old):
        ran.append(3)
        old.setValue("idle_lock_minutes", 0)

    steps = {1: lambda old: ran.append(1), 2: v2_points_to_percent, 3: v3_never_lock}
    settings = DeskSettings(tmp_path, steps)
    assert ran == [2, 3]
    assert settings.version == 3
    assert settings.text_scale == 135
    assert settings.idle_lock_minutes == 0
    DeskSettings(tmp_path, steps)
    assert ran == [2, 3], "a file already at the newest version is left alone"


def _old_receipt_memory(folder, **values) -> None:
    old = QSettings(str(folder / "receipt-printer.ini"), QSettings.Format.IniFormat)
    for key, value in values.items():
        old.setValue(key, value)
    old.sync()


def test_the_receipt_printer_file_of_older_desks_is_taken_in_once(qapp, tmp_path):
    version_1 = QSettings(str(tmp_path / SETTINGS_FILE), QSettings.Format.IniFormat)
    version_1.setValue("settings_version", 1)
    version_1.setValue("language", "en")
    version_1.sync()
    _old_receipt_memory(tmp_path, printer_name="Ricevute", paper="80mm")
    settings = DeskSettings(tmp_path)
    assert (settings.printer_name, settings.receipt_paper, settings.language) == (
        "Ricevute", "80mm", "en")
    assert not (tmp_path / "receipt-printer.ini").exists(), "one place from now on"
    settings.receipt_paper = "a5"
    settings.sync()
    _old_receipt_memory(tmp_path, paper="a4")
    assert DeskSettings(tmp_path).receipt_paper == "a5", "read once, never again"


def test_an_empty_receipt_printer_name_keeps_the_printer_chosen_in_settings(qapp, tmp_path):
    version_1 = QSettings(str(tmp_path / SETTINGS_FILE), QSettings.Format.IniFormat)
    version_1.setValue("settings_version", 1)
    version_1.setValue("printer_name", "Ufficio")
    version_1.sync()
    _old_receipt_memory(tmp_path, printer_name="", paper="a5")
    settings = DeskSettings(tmp_path)
    assert (settings.printer_name, settings.receipt_paper) == ("Ufficio", "a5")
    assert DeskSettings(tmp_path / "new").receipt_paper == "a4"
