"""``op-desk backup`` and ``op-desk restore``: exit status and one sentence, never a trace."""

from desktop.cli import main
from sync.paths import register_file
from tests.desktop.backups.helpers import add_people, corrupt_table, people_ids


def test_backup_then_restore_from_the_command_line(register, data_dir, tmp_path, capsys):
    ids = set(add_people(register, 3))
    register.close()
    stick = tmp_path / "usb"
    stick.mkdir()
    assert main(["--data-dir", str(data_dir), "backup", "--to", str(stick)]) == 0
    made = next(stick.glob("op-desk-rho-*.sqlite3"))
    assert str(made) in capsys.readouterr().out

    register_file(data_dir).unlink()
    assert main(["--data-dir", str(data_dir), "restore", str(made)]) == 0
    assert people_ids(data_dir) == ids


def test_restore_of_a_corrupted_file_fails_with_a_sentence(register, data_dir, tmp_path,
                                                           capsys):
    add_people(register, 30)
    register.close()
    assert main(["--data-dir", str(data_dir), "backup"]) == 0
    made = next((data_dir / "backups").glob("op-desk-rho-*.sqlite3"))
    corrupt_table(made)
    assert main(["--data-dir", str(data_dir), "restore", str(made)]) == 2
    error = capsys.readouterr().err
    assert "cannot be restored" in error and "Traceback" not in error


def test_backup_of_a_damaged_register_points_to_the_way_out(register, data_dir, capsys):
    add_people(register, 30)
    register.close()
    corrupt_table(register_file(data_dir))
    assert main(["--data-dir", str(data_dir), "backup"]) != 0
    error = capsys.readouterr().err
    assert "damaged" in error and "op-desk restore" in error and "op-desk enroll" in error
