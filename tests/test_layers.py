"""The layering rule: nothing below the window imports Qt."""

import pkgutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _modules_below_the_window() -> list[str]:
    names = []
    for package in ("sync", "desktop"):
        for info in pkgutil.walk_packages([str(ROOT / package)], prefix=f"{package}."):
            if info.name.startswith(("desktop.ui", "desktop.screenshots", "sync.migrations")):
                continue
            names.append(info.name)
    return names


def test_sync_and_desk_services_import_without_pyside6():
    modules = _modules_below_the_window()
    assert "sync.register" in modules
    script = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is not allowed below the window: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for name in {modules!r}:\n"
        "    __import__(name)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
