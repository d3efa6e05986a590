"""A backup taken while the desk writes restores every committed row; bad files are refused."""

import threading
from datetime import datetime, timedelta

import pytest

from desktop.backups import BackupUnusable, backup_register, restore_register
from sync.paths import register_file
from sync.register import Register
from tests.desktop.backups.helpers import add_people, corrupt_table, people_ids

NOW = datetime(2026, 3, 2, 18, 30)


def test_a_backup_taken_during_writes_restores_every_row_committed_before_it(register,
                                                                          data_dir, tmp_path):
    first = set(add_people(register, 20))
    committed: list[str] = []
    stop = threading.Event()

    def keep_writing():
        while not stop.is_set():
            committed.extend(add_people(register, 1))

    writer = threading.Thread(target=keep_writing)
    writer.start()
    snapshots = []
    try:
        for round_ in range(3):
            while len(committed) < 15 * (round_ + 1):
                stop.wait(0.005)
            before = set(committed)
            backup = backup_register(register.path, tmp_path / "usb",
                                     NOW + timedelta(days=round_))
            snapshots.append((backup, before))
    finally:
        stop.set()
        writer.join()
    register.close()
    assert people_ids(data_dir) == first | set(committed)

    for backup, before in snapshots:
        restore_register(data_dir, backup, NOW)
        restored = people_ids(data_dir)
        assert first | before <= restored
        # one consistent moment: the first rows and exactly the first k the writer committed
        written = restored - first
        assert written == set(committed[:len(written)])


def test_a_restore_keeps_the_replaced_register_aside(register, data_dir, tmp_path):
    early = set(add_people(register, 2))
    backup = backup_register(register.path, tmp_path / "usb", NOW)
    late = set(add_people(register, 3))
    register.close()
    kept = restore_register(data_dir, backup, NOW + timedelta(hours=1))
    assert people_ids(data_dir) == early
    assert kept.parent == data_dir / "replaced"
    assert people_ids_in_file(kept, tmp_path) == early | late


def people_ids_in_file(path, tmp_path):
    folder = tmp_path / "kept"
    folder.mkdir()
    register_file(folder).write_bytes(path.read_bytes())
    return people_ids(folder)


def test_restore_refuses_a_corrupted_backup_and_leaves_the_register_alone(register, data_dir,
                                                                          tmp_path):
    ids = set(add_people(register, 30))
    backup = backup_register(register.path, tmp_path / "usb", NOW)
    register.close()
    corrupt_table(backup)
    before = register_file(data_dir).read_bytes()
    with pytest.raises(BackupUnusable) as refused:
        restore_register(data_dir, backup, NOW)
    assert "malformed" in str(refused.value) and "choose another backup" in str(refused.value)
    assert register_file(data_dir).read_bytes() == before
    assert not (data_dir / "replaced").exists()
    assert people_ids(data_dir) == ids


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100])
def test_restore_refuses_a_file_that_is_no_database(register, data_dir, tmp_path, content):
    register.close()
    bogus = tmp_path / "register-backup.sqlite3"
    bogus.write_bytes(content)
    with pytest.raises(BackupUnusable):
        restore_register(data_dir, bogus, NOW)
    assert Register.open(data_dir).site == "rho"


def test_restore_refuses_another_desks_backup(register, data_dir, tmp_path):
    register.close()
    lainate = Register.create(tmp_path / "lainate", "lainate")
    lainate.close()
    backup = backup_register(lainate.path, tmp_path / "usb", NOW)
    with pytest.raises(BackupUnusable, match="lainate desk, not of rho"):
        restore_register(data_dir, backup, NOW)


def test_restore_into_an_empty_folder_brings_the_register_back(register, tmp_path):
    ids = set(add_people(register, 3))
    backup = backup_register(register.path, tmp_path / "usb", NOW)
    register.close()
    fresh = tmp_path / "new-pc"
    assert restore_register(fresh, backup, NOW) is None
    assert people_ids(fresh) == ids
