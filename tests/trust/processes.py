"""Real processes for the fault suite: ``op-sync serve`` and desk workers, loopback only.

Every wait is bounded: a process that does not start, or a worker that does not finish, fails
the scenario with a message instead of hanging CI.
"""

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
from sqlalchemy import Engine

from desktop.services.desk import create_desk
from sync.client import bind_credential
from sync.client.connection import OfficeConnection
from sync.database import create_store_engine
from sync.enrolment import issue_code

VENV_BIN = Path(sys.executable).parent
WORKER_SECONDS = 120


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class OfficeProcess:
    """``op-sync serve`` on an SQLite store, killable and restartable on the same port."""

    def __init__(self, folder: Path) -> None:
        self.url_db = f"sqlite:///{folder / 'central.sqlite3'}"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = folder / "office.log"
        self.kills = 0
        self._process: subprocess.Popen | None = None
        self.start()
        self.engine: Engine = create_store_engine(self.url_db, durable=False)

    def start(self) -> None:
        with self.log.open("ab") as log:
            self._process = subprocess.Popen(
                [str(VENV_BIN / "op-sync"), "--db", self.url_db, "serve", "--port",
                 str(self.port)], stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.05)
        raise RuntimeError(f"op-sync serve did not start: see {self.log}")

    def kill(self) -> None:
        """SIGKILL: no shutdown handler runs, exactly like a power cut of the process."""
        if self._process and self._process.poll() is None:
            self._process.send_signal(signal.SIGKILL)
            self._process.wait(10)
            self.kills += 1

    def restart(self) -> None:
        self.kill()
        self.start()

    def stop(self) -> None:
        if self._process and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
        self.engine.dispose()

    def enrol_desk(self, data_dir: Path, site: str, server_url: str) -> None:
        """A new desk register for ``site``, bound to ``server_url`` (the proxy, usually)."""
        register = create_desk(data_dir, site)
        try:
            with OfficeConnection(self.url) as office:
                _, token = office.enrol(issue_code(self.engine, site), site)
            bind_credential(register, server_url, token)
        finally:
            register.close()


class DeskRun:
    """One desk worker process; ``committed`` grows as it reports commits."""

    def __init__(self, data_dir: Path, action: str, *, fault: tuple[str, int] | None = None,
                 count: int = 0, prefix: str = "P") -> None:
        env = {**os.environ, "OP_FAULT_POINT": "", "OP_FAULT_AT": "1"}
        if fault:
            env["OP_FAULT_POINT"], env["OP_FAULT_AT"] = fault[0], str(fault[1])
        command = [sys.executable, "-m", "tests.trust.desk_worker", str(data_dir), action]
        if action == "register":
            command += ["--count", str(count), "--prefix", prefix]
        self.committed: list[str] = []
        self.synced: str | None = None
        self.process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True,
                                        cwd=Path(__file__).resolve().parents[2])
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            word, _, rest = line.strip().partition(" ")
            if word == "committed":
                self.committed.append(rest)
            elif word == "synced":
                self.synced = rest

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)

    def wait(self) -> int:
        """The exit status (-9 when killed); raises if the worker hangs."""
        try:
            status = self.process.wait(WORKER_SECONDS)
        except subprocess.TimeoutExpired:
            self.kill()
            raise RuntimeError("a desk worker hung") from None
        self._reader.join(10)
        self.stderr = self.process.stderr.read()
        return status

    def finish(self) -> "DeskRun":
        """Wait and insist on success (a clean round after the faults)."""
        status = self.wait()
        if status != 0:
            raise RuntimeError(f"desk worker failed ({status}): {self.stderr.strip()[-800:]}")
        return self
