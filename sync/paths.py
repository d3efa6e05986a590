"""Every folder the programs use, derived in one place.

Environment variables override the platform defaults, so tests and portable installs can point
the programs elsewhere. The frozen (PyInstaller) build finds its resources through the same
function as a source checkout.
"""

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "op-desk"
APP_AUTHOR = "Oltreiperimetri"


def desk_data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """The desk's data folder: ``--data-dir``, else ``OP_DESK_DATA_DIR``, else the platform's."""
    chosen = explicit or os.environ.get("OP_DESK_DATA_DIR")
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def register_file(data_dir: Path) -> Path:
    return data_dir / "register.sqlite3"


def office_database_url(explicit: str | None = None) -> str:
    """The central store's SQLAlchemy URL: ``--db``, else ``OP_SYNC_DB``, else a local file."""
    chosen = explicit or os.environ.get("OP_SYNC_DB")
    if chosen:
        return chosen
    folder = Path(platformdirs.user_data_dir("op-sync", APP_AUTHOR))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'central.sqlite3'}"


def resources_dir() -> Path:
    """The ``resources`` folder, in a source checkout, an installed wheel or a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    import resources

    return Path(resources.__file__).parent
