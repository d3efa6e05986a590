"""Build the one-folder desk bundle (op-desk + op-sync) and, with --check, run it.

    python build/build.py [--clean] [--check]

Work files go to build/work, the bundle to build/dist/op-desk (both ignored by git). The
build time and the bundle's size are printed at the end; --check then runs the frozen
programs: both --version, and the offscreen smoke run (window, an access, its receipt PDF).
Exits non-zero when the build or a check fails.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUILD = Path(__file__).resolve().parent
WORK = BUILD / "work"
DIST = BUILD / "dist"
BUNDLE = DIST / "op-desk"
SPEC = BUILD / "op-desk.spec"


def run_pyinstaller(clean: bool) -> float:
    """Build the bundle; returns the seconds it took."""
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm",
               "--distpath", str(DIST), "--workpath", str(WORK), "--log-level", "WARN"]
    if clean:
        command.append("--clean")
    started = time.monotonic()
    subprocess.run(command, check=True, cwd=BUILD.parent)
    return time.monotonic() - started


def folder_size(folder: Path) -> int:
    """Bytes of every file under ``folder`` (what ``du --apparent-size`` counts)."""
    return sum(path.stat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())


def executable(name: str) -> Path:
    return BUNDLE / (f"{name}.exe" if sys.platform == "win32" else name)


def frozen_checks(scratch: Path) -> list[list[str]]:
    """The commands that prove the frozen bundle works, in order."""
    desk_cli = executable("op-desk-cli" if sys.platform == "win32" else "op-desk")
    return [
        [str(desk_cli), "--version"],
        [str(executable("op-sync")), "--version"],
        [str(desk_cli), "smoke", "--data-dir", str(scratch / "desk"),
         "--out", str(scratch / "receipt.pdf")],
    ]


def run_checks() -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory(prefix="op-desk-smoke-") as scratch:
        for command in frozen_checks(Path(scratch)):
            print("$", " ".join(command), flush=True)
            subprocess.run(command, check=True, env=environment, timeout=300)
        receipt = Path(scratch) / "receipt.pdf"
        if not receipt.read_bytes().startswith(b"%PDF"):
            raise SystemExit(f"The smoke run wrote no PDF receipt at {receipt}.")
    print("Frozen checks passed.", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="rebuild from scratch")
    parser.add_argument("--check", action="store_true", help="run the frozen programs after")
    args = parser.parse_args(argv)
    seconds = run_pyinstaller(args.clean)
    print(f"Built {BUNDLE} in {seconds:.0f} s; size {folder_size(BUNDLE) / 2**20:.0f} MiB.",
          flush=True)
    if args.check:
        run_checks()
    return 0


if __name__ == "__main__":
    sys.exit(main())
