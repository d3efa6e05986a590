"""Every test here keeps its register key in its own folder, never the user's real store."""

import pytest


@pytest.fixture(autouse=True)
def private_key_store(tmp_path, monkeypatch):
    folder = tmp_path / "user-config" / "keys"
    monkeypatch.setenv("OP_DESK_KEY_DIR", str(folder))
    monkeypatch.setenv("OP_DESK_KEY_STORE", "file")
    return folder

