"""End to end through the installed console scripts, as a volunteer's script would run them."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.desktop.legacy.conftest import snapshot_of

OP_DESK = shutil.which("op-desk", path=str(Path(sys.executable).parent)) or shutil.which(
    "op-desk")


def _op_desk(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([OP_DESK, "--data-dir", str(data_dir), *args], capture_output=True,
                          text=True, timeout=120, env=environment)


def test_init_import_refusal_import_export_reimport(tmp_path, bad_folder, generated):
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

    dry = _op_desk(desk, "import", str(folder), "--dry-run")
    assert dry.returncode == 0 and "Would import" in dry.stdout
    assert snapshot_of(desk) == before

    imported = _op_desk(desk, "import", str(folder), "--progress")
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip().splitlines()[-1].startswith(
        f"Imported {counts['persone.csv']} people, ")
    assert "storing: 100%" in imported.stderr

    exported = _op_desk(desk, "export", str(tmp_path / "out"))
    assert exported.returncode == 0 and exported.stdout.startswith("Exported ")

    other = tmp_path / "other-desk"
    assert _op_desk(other, "init", "--site", "rho").returncode == 0
    copied = _op_desk(other, "import", str(tmp_path / "out"))
    assert copied.returncode == 0, copied.stderr
    assert copied.stdout.strip() == imported.stdout.strip().splitlines()[-1]
