"""Enrolment as the wizard needs it: the same step as ``op-desk enroll --server --code``."""

from pathlib import Path

from desktop.services.desk import open_desk
from sync.register import Register


def enrol_desk(data_dir: Path, server: str, code: str) -> Register:
    """Bind (or create) the register in ``data_dir`` with the office; returns it open."""
    from sync.client.enrolment import enrol  # the sync client's own step, shared with the CLI

    enrol(data_dir, server, code)
    return open_desk(data_dir)
