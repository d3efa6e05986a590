"""Enrolment as the wizard needs it: the same steps as ``op-desk enroll --server --code``."""

from pathlib import Path

from desktop.services.desk import create_desk, open_desk
from sync.client import bind_credential, sync_once
from sync.client.connection import OfficeConnection
from sync.paths import register_file
from sync.register import Register


def enrol_desk(data_dir: Path, server: str, code: str) -> Register:
    """Exchange ``code`` for this desk's credential, create (or bind) its register and pull
    its site's history; returns the register open. A refused code leaves nothing behind."""
    existing = open_desk(data_dir) if register_file(data_dir).exists() else None
    try:
        with OfficeConnection(server) as office:
            site, token = office.enrol(code, existing.site if existing else None)
    except BaseException:
        if existing is not None:
            existing.close()
        raise
    register = existing or create_desk(data_dir, site)
    bind_credential(register, server, token)
    sync_once(register)
    return register
