"""The background runner: results and errors come back on the GUI thread, and runners that
come and go (one per window, per wizard, per test) never bring the process down."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

CHURN = textwrap.dedent("""
    import gc, time
    from PySide6.QtWidgets import QApplication
    from desktop.ui.background import BackgroundRunner

    app = QApplication([])
    results, errors = [], []
    for round_ in range(4):
        runner = BackgroundRunner()
        for index in range(600):
            runner.submit(lambda index=index: index * 2, results.append)
            if index % 200 == 0:
                runner.submit(lambda: 1 / 0, None, errors.append)
                gc.collect()
        deadline = time.monotonic() + 30
        while len(results) < (round_ + 1) * 600 and time.monotonic() < deadline:
            app.processEvents()
        del runner
        gc.collect()
    print(len(results), len(errors), sorted(results)[-1])
""")


def test_runners_that_come_and_go_deliver_every_result_and_never_crash():
    outcome = subprocess.run([sys.executable, "-X", "faulthandler", "-c", CHURN], cwd=ROOT,
                             capture_output=True, text=True, timeout=240,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert outcome.returncode == 0, outcome.stderr[-2000:]
    assert outcome.stdout.split() == ["2400", "12", "1198"]
