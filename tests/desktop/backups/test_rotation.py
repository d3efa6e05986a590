"""Rotation keeps 7 daily and 4 weekly backups of this desk, and touches nothing else."""

from datetime import datetime, timedelta

from desktop.backups.rotation import (
    backup_name,
    backups_in,
    backups_to_keep,
    partial_name,
    rotate_backups,
)

START = datetime(2026, 1, 1, 18, 30)


def test_sixty_nightly_backups_leave_the_last_seven_days_and_four_earlier_weeks():
    nights = [START + timedelta(days=n) for n in range(60)]
    kept = sorted(backups_to_keep(nights), reverse=True)
    assert len(kept) == 11
    assert kept[:7] == nights[-7:][::-1]
    weekly = kept[7:]
    weeks = [moment.isocalendar()[:2] for moment in weekly]
    assert len(set(weeks)) == 4
    assert all(moment.weekday() == 6 for moment in weekly)  # the newest of each week: Sunday
    assert weekly[0] > nights[-14]


def test_several_backups_a_day_keep_only_the_newest_of_each_day():
    times = [START + timedelta(days=day, hours=hour) for day in range(3) for hour in (0, 2, 4)]
    kept = backups_to_keep(times)
    assert kept == {START + timedelta(days=day, hours=4) for day in range(3)}


def test_rotation_removes_only_this_desks_old_backups(tmp_path):
    for n in range(60):
        (tmp_path / backup_name("rho", START + timedelta(days=n))).write_bytes(b"x")
    others = [tmp_path / backup_name("lainate", START), tmp_path / "notes.txt",
              tmp_path / "op-desk-rho-latest.sqlite3"]
    for path in others:
        path.write_bytes(b"x")
    removed = rotate_backups(tmp_path, "rho")
    assert len(removed) == 60 - 11
    assert len(backups_in(tmp_path, "rho")) == 11
    assert all(path.exists() for path in others)


def test_rotation_clears_partial_files_that_a_newer_backup_proves_abandoned(tmp_path):
    old = tmp_path / partial_name(backup_name("rho", START))
    current = tmp_path / partial_name(backup_name("rho", START + timedelta(days=2)))
    (tmp_path / backup_name("rho", START + timedelta(days=1))).write_bytes(b"x")
    old.write_bytes(b"x")
    current.write_bytes(b"x")
    rotate_backups(tmp_path, "rho")
    assert not old.exists()
    assert current.exists()
