"""The desk's data folder holds no personal data in clear: register, WAL and backups."""

import os
import stat
import subprocess
import sys
from datetime import datetime

import pytest
from sqlalchemy import select

from desktop.backups import backup_register
from desktop.backups.database_file import local_value
from desktop.services.desk import create_desk, open_desk
from desktop.services.people import PersonDraft, create_person
from sync.keys import KEY_FILE, KeyUnavailable, is_plain_sqlite
from sync.register import Register
from sync.schema import Person

NAME, TAX_CODE = "Quartararo", "RSSMRA85T10A562S"


def _add_known_person(register) -> str:
    person = create_person(register, PersonDraft(given_name="Zebedea", family_name=NAME,
                                                 tax_code=TAX_CODE), None)
    return person.id


def _files_holding_secrets(folder) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if NAME.encode() in data or TAX_CODE.encode() in data \
                    or NAME.encode("utf-16-le") in data:
                found.append(path.name)
    return found


def test_name_and_tax_code_appear_nowhere_in_the_data_folder(data_dir, private_key_store):
    register = create_desk(data_dir, "rho")
    _add_known_person(register)
    assert (data_dir / "register.sqlite3-wal").exists()  # written while the desk is open
    assert _files_holding_secrets(data_dir) == []
    backup_register(register.path, data_dir / "backups", datetime(2026, 3, 2, 9, 0))
    register.close()
    assert _files_holding_secrets(data_dir) == []
    assert [path.name for path in data_dir.rglob("*.key")] == []
    key_file = private_key_store / KEY_FILE
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert not key_file.is_relative_to(data_dir)


def test_backup_is_encrypted_with_the_same_key_and_reads_back(data_dir):
    register = create_desk(data_dir, "rho")
    person_id = _add_known_person(register)
    made = backup_register(register.path, data_dir / "backups", datetime(2026, 3, 2, 9, 0))
    register.close()
    assert not is_plain_sqlite(made)
    assert local_value(made, "site") == "rho"
    copy_dir = data_dir.parent / "copy"
    copy_dir.mkdir()
    made.rename(copy_dir / "register.sqlite3")
    with Register.open(copy_dir).reading() as session:
        assert session.get(Person, person_id).family_name == NAME


def test_plain_register_of_an_old_desk_is_encrypted_on_open_and_keeps_its_rows(data_dir):
    old = Register.create(data_dir, "rho")
    person_id = _add_known_person(old)
    old.close()
    assert is_plain_sqlite(old.path)
    register = open_desk(data_dir)
    assert not is_plain_sqlite(register.path)
    with register.reading() as session:
        assert session.get(Person, person_id).tax_code == TAX_CODE
    register.close()
    assert _files_holding_secrets(data_dir) == []


def test_without_the_key_the_register_does_not_open(data_dir, private_key_store):
    create_desk(data_dir, "rho").close()
    (private_key_store / KEY_FILE).unlink()
    with pytest.raises(KeyUnavailable, match="no key"):
        Register.open(data_dir)


def test_a_wrong_key_is_refused_with_a_sentence(data_dir, private_key_store):
    create_desk(data_dir, "rho").close()
    (private_key_store / KEY_FILE).write_text("zz")
    with pytest.raises(KeyUnavailable, match="not a valid key"):
        open_desk(data_dir)


def test_op_desk_init_from_the_command_line_makes_an_encrypted_register(data_dir):
    done = subprocess.run([sys.executable, "-m", "desktop.cli", "--data-dir", str(data_dir),
                           "init", "--site", "rho"], capture_output=True, text=True,
                          env=os.environ.copy(), timeout=60)
    assert done.returncode == 0, done.stderr
    assert not is_plain_sqlite(data_dir / "register.sqlite3")
    register = open_desk(data_dir)
    with register.reading() as session:
        assert session.scalars(select(Person)).all() == []
    register.close()
