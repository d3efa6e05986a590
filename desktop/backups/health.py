"""Is the register sound? Checked when the desk starts, and the way out when it is not."""

from pathlib import Path

from desktop.backups.database_file import integrity_problem, local_value
from desktop.backups.making import BACKUP_FOLDER_KEY, default_backup_folder, latest_backup
from sync.errors import RegisterDamaged
from sync.paths import register_file


def register_problem(path: Path) -> str | None:
    """Why the register file at ``path`` cannot be trusted, or ``None`` when it is sound."""
    problem = integrity_problem(path)
    if problem:
        return problem
    if not local_value(path, "site"):
        return "it does not say which desk it belongs to"
    return None


def check_register(data_dir: Path) -> None:
    """Raise ``RegisterDamaged`` (with the way out) when the register in ``data_dir`` fails
    SQLite's integrity check. A folder without a register passes: opening it says so."""
    path = register_file(data_dir)
    if not path.exists():
        return
    problem = register_problem(path)
    if problem:
        raise damaged_register(data_dir, problem)


def damaged_register(data_dir: Path, reason: str) -> RegisterDamaged:
    """The error to raise for a damaged register: what is wrong and the two ways out."""
    newest = _newest_backup_for(data_dir)
    where = f" (the newest is {newest})" if newest else ""
    return RegisterDamaged(
        f"The register in {data_dir} is damaged ({reason}): restore your latest backup with "
        f"'op-desk restore FILE'{where}, or enrol this desk again with 'op-desk enroll' in an "
        "empty data folder to pull its records back from the district office.")


def _newest_backup_for(data_dir: Path) -> Path | None:
    """Best effort: the damaged file may still tell its site and chosen backup folder."""
    path = register_file(data_dir)
    site = local_value(path, "site")
    if not site:
        return None
    chosen = local_value(path, BACKUP_FOLDER_KEY)
    folders = [Path(chosen)] if chosen else []
    folders.append(default_backup_folder(data_dir))
    for folder in folders:
        newest = latest_backup(folder, site)
        if newest:
            return newest
    return None
