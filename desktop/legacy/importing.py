"""``import_folder``: a legacy folder into the register, all of it or nothing.

Plain Python, no Qt: the CLI calls it with a console progress line, the window can call it off
the GUI thread with a progress bar. The folder is read and checked in a staging database first;
the register's write lock is taken only for the final insert, and a run that stores nothing new
(a dry run, a refused folder, a folder already imported) does not write to the register at all.
"""

from dataclasses import dataclass, field
from pathlib import Path

from desktop.legacy.checks import find_problems
from desktop.legacy.layout import FILES, counted
from desktop.legacy.loading import FilePlan, plan_import, store
from desktop.legacy.staging import (
    Problem,
    Progress,
    copy_register_keys,
    no_progress,
    stage_folder,
)
from sync.errors import InvalidInput
from sync.register import Register


@dataclass
class ImportResult:
    """What an import stored (or, for a dry run, would store), per file, and why rows were
    left out."""

    folder: Path
    plans: dict[str, FilePlan]
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    dry_run: bool = False

    def new(self, name: str) -> int:
        return len(self.plans[name].new_rows) if name in self.plans else 0

    def rows_table(self) -> list[str]:
        """Lines of a small table: per file, new / already present / bad."""
        lines = [f"{'file':<20}{'new':>10}{'present':>10}{'bad':>8}"]
        for name, plan in self.plans.items():
            lines.append(f"{name:<20}{len(plan.new_rows):>10,}{plan.present:>10,}{plan.bad:>8,}")
        return lines

    def sentence(self) -> str:
        stored = [counted(name, self.new(name)) for name in self.plans if self.new(name)]
        present = sum(plan.present for plan in self.plans.values())
        bad = sum(plan.bad for plan in self.plans.values())
        extras = [f"{present:,} already present"] if present else []
        extras += [f"{bad:,} bad row{'s' if bad != 1 else ''} left out"] if bad else []
        tail = f" ({'; '.join(extras)})" if extras else ""
        if not stored:
            return f"Nothing new to import from {self.folder}{tail}."
        verb = "Would import" if self.dry_run else "Imported"
        listed = stored[0] if len(stored) == 1 else f"{', '.join(stored[:-1])} and {stored[-1]}"
        ending = "; nothing was written (dry run)." if self.dry_run else "."
        return f"{verb} {listed}{tail}{ending}"


def import_folder(register: Register, folder: Path, *, dry_run: bool = False,
                  skip_bad_rows: bool = False, progress: Progress = no_progress) -> ImportResult:
    """Import ``folder`` into ``register``; idempotent by rif.

    Raises ``InvalidInput`` listing every problem as ``file:line: reason`` when a row is bad
    and ``skip_bad_rows`` is off (a dry run returns them instead): the register is unchanged.
    """
    staging = stage_folder(folder, progress)
    try:
        if not staging.found:
            names = ", ".join(legacy.name for legacy in FILES)
            raise InvalidInput(f"There are no legacy files in {folder}: expected one or more "
                               f"of {names}.")
        copy_register_keys(staging, register)
        progress("checking", 0, 1)
        problems = find_problems(staging, register.site, skip_bad_rows=skip_bad_rows)
        progress("checking", 1, 1)
        if problems and not skip_bad_rows and not dry_run:
            raise _refusal(problems)
        bad_lines: dict[str, set[int]] = {}
        for item in problems:
            bad_lines.setdefault(item.file, set()).add(item.line)
        progress("preparing rows", 0, 1)
        plans = plan_import(staging, register.site, bad_lines)
        progress("preparing rows", 1, 1)
    finally:
        staging.db.conn.close()
    result = ImportResult(folder, {name: plans[name] for name in staging.found}, problems,
                          staging.notes, dry_run)
    if not dry_run and any(plan.new_rows for plan in plans.values()):
        register.announce(store(register, plans, result.sentence(), progress))
    return result


def _refusal(problems: list[Problem]) -> InvalidInput:
    rows = len({(item.file, item.line) for item in problems})
    return InvalidInput(
        f"Nothing was imported: {len(problems):,} problem{'s' if len(problems) != 1 else ''} "
        f"in {rows:,} row{'s' if rows != 1 else ''}, listed above; correct the files and run "
        "the import again, or add --skip-bad-rows to store only the good rows.",
        [str(item) for item in problems])
