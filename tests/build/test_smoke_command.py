"""The hidden smoke command the frozen bundle runs in CI, run here from the source tree."""

import os
import subprocess
import sys

import pytest
from pypdf import PdfReader

from desktop.cli import main


def _op_desk(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], capture_output=True,
                          text=True, timeout=120, cwd=cwd,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_the_smoke_run_opens_the_window_registers_an_access_and_writes_its_receipt(tmp_path):
    out = tmp_path / "receipt.pdf"
    result = _op_desk("smoke", "--data-dir", str(tmp_path / "desk"), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Smoke run passed" in result.stdout
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "RHO-" in text


def test_the_smoke_run_refuses_a_folder_that_holds_a_register(tmp_path):
    desk = tmp_path / "desk"
    assert main(["--data-dir", str(desk), "init", "--site", "rho"]) == 0
    result = _op_desk("smoke", "--data-dir", str(desk), "--out", str(tmp_path / "r.pdf"))
    assert result.returncode != 0
    assert "already exists" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "r.pdf").exists()


def test_the_smoke_run_needs_its_own_data_folder_named(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["--data-dir", str(tmp_path / "desk"), "smoke", "--out", str(tmp_path / "r.pdf")])
    assert "--data-dir" in capsys.readouterr().err
    assert not (tmp_path / "desk").exists()


def test_the_smoke_command_is_not_listed_in_help(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    listed = capsys.readouterr().out
    assert "backup" in listed and "restore" in listed
    assert "smoke" not in listed
