"""Rebuild the window's translations: ``python build/translations.py [CATALOGUE...]``.

1. ``pyside6-lupdate`` extracts the ``tr()`` strings of each UI package into
   ``resources/translations/<package>_it.ts`` (existing translations are kept; strings that
   vanished from the code are dropped). Modules directly under ``desktop/ui`` and the frame's
   own packages share the ``frame`` catalogue.
2. ``pyside6-lrelease`` compiles every ``.ts`` in that folder into its ``.qm``.

Naming catalogues (e.g. ``frame``) updates only those; every ``.ts`` is compiled anyway.
The ``.ts`` files are the sources people edit (with Qt Linguist or by hand); the ``.qm``
files are generated: never edit them.
"""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "desktop" / "ui"
OUT = ROOT / "resources" / "translations"
LANGUAGES = ("it",)
FRAME_PACKAGES = ("frame", "wizard", "login", "sync_status", "accounts")
"""Packages whose strings live in the frame's catalogue (the window's own frame)."""


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 in this environment.")
    return found


def catalogue_sources() -> dict[str, list[Path]]:
    """Catalogue name -> the Python files whose strings it holds."""
    catalogues: dict[str, list[Path]] = {"frame": sorted(UI.glob("*.py"))}
    for package in sorted(path for path in UI.iterdir() if (path / "__init__.py").exists()):
        name = "frame" if package.name in FRAME_PACKAGES else package.name
        catalogues.setdefault(name, []).extend(sorted(package.rglob("*.py")))
    catalogues["frame"].append(ROOT / "desktop" / "screenshots.py")
    return {name: [path for path in files if path.exists()]
            for name, files in catalogues.items()}


def update_sources(only: list[str]) -> None:
    lupdate = _tool("pyside6-lupdate")
    for name, files in catalogue_sources().items():
        if only and name not in only:
            continue
        for language in LANGUAGES:
            target = OUT / f"{name}_{language}.ts"
            subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none",
                            "-target-language", language, *map(str, files), "-ts", str(target)],
                           check=True)


def compile_catalogues() -> None:
    lrelease = _tool("pyside6-lrelease")
    for source in sorted(OUT.glob("*.ts")):
        subprocess.run([lrelease, "-silent", str(source), "-qm",
                        str(source.with_suffix(".qm"))], check=True)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    arguments = sys.argv[1:]
    if "--compile-only" not in arguments:
        update_sources([name for name in arguments if not name.startswith("-")])
    compile_catalogues()
    for path in sorted(OUT.glob("*.ts")):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
