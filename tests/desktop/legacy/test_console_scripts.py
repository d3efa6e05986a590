"""End to end through the installed console scripts, as a volunteer's script would run them."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from desktop.cli import main
from tests.desktop.legacy.conftest import snapshot_of

OP_DESK = shutil.which("op-desk", path=str(Path(sys.executable).parent)) or shutil.which(
    "op-desk")


def _op_desk(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([OP_DESK, "--data-dir", str(data_dir), *args], capture_output=True,
                          text=True, timeout=120, env=environment)


def test_init_then_a_refused_import_then_import_and_export(tmp_path, bad_folder, generated):
    assert OP_DESK, "install the project (pip install .) so that the op-desk script exists"
    folder, counts = generated
    desk = tmp_path / "cli-desk"
    assert _op_desk(desk, "init", "--site", "rho").returncode == 0

    before = snapshot_of(desk)
    refused = _op_desk(desk, "import", str(bad_folder))
    assert refused.returncode != 0
    lines = refused.stderr.strip().splitlines()
    assert [line.split(": ", 1)[0] for line in lines[:-1]] == [
        "persone.csv:3", "accessi.csv:5", "consulenze.csv:2", "richieste.csv:2"]
    assert lines[-1].startswith("Nothing was imported: 4 problems in 4 rows")
    assert "Traceback" not in refused.stderr
    assert snapshot_of(desk) == before

    imported = _op_desk(desk, "import", str(folder), "--progress")
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip().splitlines()[-1].startswith(
        f"Imported {counts['persone.csv']} people, ")
    assert "storing: 100%" in imported.stderr

    exported = _op_desk(desk, "export", str(tmp_path / "out"))
    assert exported.returncode == 0 and exported.stdout.startswith(
        f"Exported {counts['persone.csv']} people, ")
    assert (tmp_path / "out" / "partecipazioni.csv").exists()



def test_dry_run_prints_the_table_and_exits_non_zero_when_the_import_would_be_refused(
        tmp_path, bad_folder, capsys):
    desk = tmp_path / "dry-desk"
    assert main(["--data-dir", str(desk), "init", "--site", "rho"]) == 0
    before = snapshot_of(desk)
    assert main(["--data-dir", str(desk), "import", str(bad_folder), "--dry-run"]) == 2
    printed = capsys.readouterr()
    assert "persone.csv                  1         0       1" in printed.out
    assert "accessi.csv:5: unknown theme 'lavoretto'" in printed.out
    assert printed.err.strip().startswith("Dry run: the import would be refused")
    assert main(["--data-dir", str(desk), "import", str(bad_folder), "--dry-run",
                 "--skip-bad-rows"]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == (
        "Would import 1 person, 2 accesses, 1 consultation and 1 request (5 bad rows left "
        "out); nothing was written (dry run).")
    assert snapshot_of(desk) == before
