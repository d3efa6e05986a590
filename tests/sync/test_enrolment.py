"""Enrolment: one-time codes, binding registers, re-enrolling a lost desk; the CLIs."""

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from desktop.cli import main as op_desk
from desktop.services.desk import create_desk, open_desk
from sync.cli import main as op_sync
from sync.client import ServerUnreachable, bind_credential, read_sync_status, sync_once
from sync.client.connection import OfficeConnection
from sync.client.errors import EnrolmentRefused
from sync.enrolment import CODE_LIFETIME, issue_code
from sync.schema import Access, DeskCredential, EnrolmentCode, Person
from tests.sync.office import add_casework


def test_a_code_works_once(office):
    code = issue_code(office.store.engine, "rho")
    with OfficeConnection(office.url) as connection:
        assert connection.enrol(code, None)[0] == "rho"
        with pytest.raises(EnrolmentRefused, match="already used"):
            connection.enrol(code, None)


def test_a_code_expires_after_a_day(office):
    code = issue_code(office.store.engine, "rho",
                      now=datetime.now() - CODE_LIFETIME - timedelta(minutes=1))
    with OfficeConnection(office.url) as connection, \
            pytest.raises(EnrolmentRefused, match="expired"):
        connection.enrol(code, None)


def test_only_hashes_of_codes_and_tokens_are_stored(office):
    code = issue_code(office.store.engine, "rho")
    with OfficeConnection(office.url) as connection:
        _, token = connection.enrol(code, None)
    with office.store.engine.connect() as db:
        stored = [*db.execute(select(EnrolmentCode.code_hash)).scalars(),
                  *db.execute(select(DeskCredential.token_hash)).scalars()]
    assert all(len(value) == 64 for value in stored)
    assert not any(code.replace("-", "") in v or token in v for v in stored)


def test_op_sync_enroll_prints_the_code_last_and_op_desk_enroll_creates_the_register(
        office, tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    assert op_sync(["--db", db, "enroll", "settimo"]) == 0
    code = capsys.readouterr().out.strip().splitlines()[-1]
    assert len(code) == 19  # XXXX-XXXX-XXXX-XXXX
    desk_code = issue_code(office.store.engine, "settimo")
    assert op_desk(["--data-dir", str(tmp_path / "desk"), "enroll", "--server", office.url,
                    "--code", desk_code]) == 0
    assert "Sync done" in capsys.readouterr().out
    register = open_desk(tmp_path / "desk")
    assert register.site == "settimo"
    register.close()


def test_an_init_register_refuses_a_code_for_another_site_and_keeps_the_code_usable(
        office, tmp_path, capsys):
    create_desk(tmp_path / "desk", "rho").close()
    code = issue_code(office.store.engine, "lainate")
    status = op_desk(["--data-dir", str(tmp_path / "desk"), "enroll", "--server", office.url,
                      "--code", code])
    assert status != 0
    assert "belongs to rho" in capsys.readouterr().err
    with OfficeConnection(office.url) as connection:
        assert connection.enrol(code, None)[0] == "lainate"


def test_a_lost_desk_enrolled_again_pulls_its_site_history_back(office, tmp_path, capsys):
    desk = office.enrol(tmp_path / "old", "rho")
    add_casework(desk, people=4)
    sync_once(desk)
    desk.close()
    code = issue_code(office.store.engine, "rho")
    assert op_desk(["--data-dir", str(tmp_path / "new"), "enroll", "--server", office.url,
                    "--code", code]) == 0
    replacement = open_desk(tmp_path / "new")
    with replacement.reading() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 4
        assert session.scalar(select(func.count()).select_from(Access)) == 4
    replacement.close()


def test_op_desk_sync_reports_an_unreachable_server_in_one_sentence(tmp_path, capsys):
    register = create_desk(tmp_path / "desk", "rho")
    bind_credential(register, "http://127.0.0.1:9", "token")
    add_casework(register, people=1)
    with pytest.raises(ServerUnreachable):
        sync_once(register, office=OfficeConnection("http://127.0.0.1:9", "t", attempts=2,
                                                    backoff=0.01))
    register.close()
    status = op_desk(["--data-dir", str(tmp_path / "desk"), "sync"])
    err = capsys.readouterr().err.strip().splitlines()
    assert status != 0
    assert err[-1] == ("Server unreachable: records are safe on this desk and will be sent "
                       "next time.")
    register = open_desk(tmp_path / "desk")
    status = read_sync_status(register)
    assert status.last_attempt_online is False
    assert status.changes_waiting == 4  # person, access, home, activity: all still here
    register.close()
