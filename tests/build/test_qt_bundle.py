"""The bundle's Qt trimming keeps what a desk needs and drops the rest."""

import importlib.util
from pathlib import Path

import pytest

SPEC = importlib.util.spec_from_file_location(
    "qt_bundle", Path(__file__).resolve().parents[2] / "build" / "qt_bundle.py")
qt_bundle = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(qt_bundle)

PLUGINS = "PySide6/Qt/plugins"


@pytest.mark.parametrize("path", [
    f"{PLUGINS}/platforms/libqxcb.so",
    f"{PLUGINS}/platforms/libqoffscreen.so",
    "PySide6\\plugins\\platforms\\qwindows.dll",
    f"{PLUGINS}/imageformats/libqsvg.so",
    f"{PLUGINS}/iconengines/libqsvgicon.so",
    f"{PLUGINS}/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/translations/qtbase_it.qm",
    "PySide6/Qt/translations/qtbase_en.qm",
    "PySide6/Qt/lib/libQt6Widgets.so.6",
    "resources/translations/frame_de.qm",
    "reportlab/fonts/Vera.ttf",
])
def test_what_a_desk_needs_stays(path):
    assert qt_bundle.is_wanted(path)


@pytest.mark.parametrize("path", [
    f"{PLUGINS}/platforms/libqwayland.so",
    f"{PLUGINS}/platforms/libqeglfs.so",
    f"{PLUGINS}/platforms/libqvnc.so",
    f"{PLUGINS}/imageformats/libqpdf.so",
    f"{PLUGINS}/imageformats/libqtiff.so",
    f"{PLUGINS}/platformthemes/libqgtk3.so",
    f"{PLUGINS}/wayland-shell-integration/libxdg-shell.so",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qtbase_zh_CN.qm",
])
def test_what_no_desk_uses_goes(path):
    assert not qt_bundle.is_wanted(path)


def test_trimming_an_analysis_table_keeps_its_entries_whole():
    kept = ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY")
    dropped = ("PySide6/Qt/plugins/platforms/libqvnc.so", "/src/libqvnc.so", "BINARY")
    assert qt_bundle.trimmed([kept, dropped]) == [kept]


def test_the_modules_the_window_imports_are_never_excluded():
    used = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtPrintSupport",
            "PySide6.QtSvg"}
    assert used.isdisjoint(qt_bundle.QT_MODULES_NOT_USED)
