"""``op-sync serve`` starts a real endpoint on the given port, migrating its store first."""

import socket
import subprocess
import sys
import time

import httpx


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_op_sync_serve_answers_health_on_its_port(tmp_path):
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "sync.cli", "--db", f"sqlite:///{tmp_path / 'office.sqlite3'}",
         "serve", "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline, answer = time.monotonic() + 20, None
        while time.monotonic() < deadline and answer is None:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/v1/health").json()
            except httpx.TransportError:
                time.sleep(0.1)
        assert answer == {"status": "ok", "version": answer["version"]}
        assert (tmp_path / "office.sqlite3").exists()
    finally:
        server.terminate()
        log, _ = server.communicate(timeout=10)
    # Startup and errors are logged; one line per request is not (it costs every round).
    assert "Uvicorn running" in log
    assert "/v1/health" not in log
