"""Sync in sight: the status line's words, and a window that never freezes while syncing."""

import itertools
import time
from datetime import datetime

from PySide6.QtCore import QTimer

from desktop.services.desk import open_desk
from desktop.ui import i18n
from desktop.ui.app import open_main_window, prepare_application
from desktop.ui.sync_status.engine import SyncSnapshot
from desktop.ui.sync_status.status_line import SyncStatusLine
from sync.client import bind_credential
from sync.client.connection import OfficeConnection
from sync.enrolment import issue_code
from tests.desktop.ui.conftest import COORDINATOR, log_in
from tests.desktop.ui.slow_proxy import SlowProxy


def test_status_line_says_online_last_sync_and_waiting_in_words(qtbot):
    i18n.install_language("it")
    line = SyncStatusLine("it")
    qtbot.addWidget(line)
    night = datetime.now().replace(hour=2, minute=10, second=0, microsecond=0)
    line.show_snapshot(SyncSnapshot(enrolled=True, online=True, last_success=night, waiting=3))
    assert line.text.text() == "In linea · ultima sincronizzazione stanotte alle 02:10 · " \
                               "3 in attesa"
    assert line.button.isEnabled()
    line.show_snapshot(SyncSnapshot(enrolled=True, online=False, last_success=None))
    assert line.text.text().startswith("Non in linea · ultima sincronizzazione mai")
    line.show_snapshot(SyncSnapshot(enrolled=False, waiting=12))
    assert "12 in attesa" in line.text.text() and not line.button.isEnabled()


def _enrol(desk_dir, office) -> None:
    register = open_desk(desk_dir)
    with OfficeConnection(office.url) as connection:
        _site, token = connection.enrol(issue_code(office.store.engine, "rho"), "rho")
    bind_credential(register, office.url, token)
    register.close()


def test_window_keeps_responding_while_a_sync_runs_against_a_slow_office(qtbot, desk_dir,
                                                                         office):
    proxy = SlowProxy(office.port, delay=0.4)
    _enrol(desk_dir, office)
    register = open_desk(desk_dir)
    bind_credential(register, proxy.url, register.local_value("sync.token"))
    register.close()
    _app, settings = prepare_application(desk_dir)
    window = open_main_window(desk_dir, settings)
    qtbot.addWidget(window)
    window.show()
    log_in(qtbot, window, COORDINATOR[0], COORDINATOR[2])
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5000)
    qtbot.waitUntil(lambda: window.sync.snapshot.enrolled, timeout=5000)
    assert window.sync.snapshot.waiting > 0

    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    started = time.monotonic()
    window.sync_line.button.click()
    assert window.sync_line.text.text().startswith("Sincronizzazione in corso")
    qtbot.waitUntil(lambda: not window.sync.running, timeout=30_000)
    took = time.monotonic() - started
    timer.stop()

    assert took > 0.8, "the office was slow, so the round took a while"
    gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    assert max(gaps) < 0.25, f"the GUI thread stalled for {max(gaps):.3f} s"
    assert len(ticks) >= took / 0.02 * 0.6
    assert window.sync_line.text.text().startswith("In linea · ultima sincronizzazione oggi")
    assert "· 0 in attesa" in window.sync_line.text.text()
    window.context.runner.wait_for_done()
    window.context.register.close()
    proxy.stop()


def test_an_unreachable_office_turns_the_line_offline_and_keeps_records(qtbot, window):
    register = window.context.register
    bind_credential(register, "http://127.0.0.1:9", "token-that-goes-nowhere")
    window.sync.refresh()
    qtbot.waitUntil(lambda: window.sync.snapshot.enrolled, timeout=5000)
    with qtbot.waitSignal(window.sync.failed, timeout=60_000) as failure:
        window.sync.sync_now()
    assert failure.args[0].code == "server_unreachable"
    assert window.sync_line.text.text().startswith("Non in linea")
    assert window.sync.snapshot.waiting > 0
