"""The automatic daily backup, the chosen folder, and the start-up check."""

from datetime import datetime, timedelta

import pytest

from desktop.backups import (
    BackupFailed,
    backup_folder,
    backup_if_due,
    backup_register,
    check_register,
    set_backup_folder,
)
from desktop.services.desk import open_desk
from sync.errors import RegisterDamaged
from sync.paths import register_file
from tests.desktop.backups.helpers import add_people, corrupt_table

MORNING = datetime(2026, 3, 2, 8, 45)


def test_the_daily_backup_is_made_once_a_day_into_the_default_folder(register, data_dir):
    first = backup_if_due(register, MORNING)
    assert first is not None and first.parent == data_dir / "backups"
    assert backup_if_due(register, MORNING.replace(hour=19)) is None
    next_day = backup_if_due(register, MORNING + timedelta(days=1))
    assert next_day is not None and next_day != first


def test_the_coordinators_folder_is_remembered_and_used(register, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    set_backup_folder(register, stick / "op-desk")
    assert backup_folder(register) == stick / "op-desk"
    made = backup_if_due(register, MORNING)
    assert made.parent == stick / "op-desk"


def test_a_missing_backup_stick_is_reported_not_replaced_by_a_local_folder(register, tmp_path):
    set_backup_folder(register, tmp_path / "unplugged" / "op-desk")
    with pytest.raises(BackupFailed, match="plug in the backup drive"):
        backup_if_due(register, MORNING)
    assert not (tmp_path / "unplugged").exists()


def test_a_sound_register_and_an_empty_folder_pass_the_start_up_check(register, data_dir,
                                                                    tmp_path):
    add_people(register, 5)
    check_register(data_dir)
    check_register(tmp_path / "nothing-here")


def test_a_corrupted_register_is_detected_at_start_up_with_the_way_out(register, data_dir):
    add_people(register, 30)
    backup = backup_register(register.path, data_dir / "backups", MORNING)
    register.close()
    corrupt_table(register_file(data_dir))
    with pytest.raises(RegisterDamaged) as damaged:
        check_register(data_dir)
    sentence = str(damaged.value)
    assert "damaged" in sentence and "malformed" in sentence
    assert "op-desk restore" in sentence and str(backup) in sentence
    assert "op-desk enroll" in sentence


def test_a_file_that_is_no_database_is_detected_at_start_up(data_dir):
    data_dir.mkdir()
    register_file(data_dir).write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(RegisterDamaged, match="op-desk restore"):
        check_register(data_dir)


def test_opening_an_unreadable_register_says_it_is_damaged_and_what_to_do(register, data_dir):
    register.close()
    register_file(data_dir).write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(RegisterDamaged, match=r"file is not a database.*op-desk restore"):
        open_desk(data_dir)
