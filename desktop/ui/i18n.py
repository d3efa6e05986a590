"""The window's language: Qt's own catalogue plus every catalogue of ours for that language.

Source strings are English; Italian comes from ``resources/translations/*_it.qm`` (built from
the ``.ts`` sources by ``build/translations.py``). Qt's ``qtbase`` catalogue is loaded too, so
standard buttons and dialogs say "Annulla" rather than "Cancel". Switching language replaces
the installed catalogues; Qt then sends every widget a LanguageChange event.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sync.paths import resources_dir

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resources_dir() / "translations"


def _qt_catalogue_dirs() -> list[Path]:
    """Qt's catalogues: bundled next to ours in a frozen build, else the Qt installation's."""
    return [translations_dir() / "qt",
            Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]


def install_language(language: str) -> list[str]:
    """Make ``language`` the window's language; returns the catalogues loaded (for tests)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Italian if language == "it"
                               else QLocale.Language.English, QLocale.Country.Italy))
    if language == "en":
        return []
    files = [folder / f"qtbase_{language}.qm" for folder in _qt_catalogue_dirs()]
    qt_file = next((path for path in files if path.exists()), None)
    ours = sorted(translations_dir().glob(f"*_{language}.qm"))
    loaded = []
    for path in ([qt_file] if qt_file else []) + ours:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(path.name)
    return loaded
