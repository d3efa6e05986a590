"""The shared lazy table model: ids in memory, rows read a page at a time, only when shown."""

from PySide6.QtCore import Qt

from desktop.ui.models.lazy_rows import ROW_ID_ROLE, Column, LazyRowModel

COLUMNS = (Column("Name", lambda row: row["name"]), Column("Town", lambda row: row["town"]))


def _fetcher(reads):
    def fetch(ids):
        reads.append(list(ids))
        return {row_id: {"name": f"name {row_id}", "town": "Rho"} for row_id in ids
                if row_id != "gone"}
    return fetch


def test_lazy_model_passes_the_qt_model_checks(qtmodeltester):
    model = LazyRowModel(COLUMNS, _fetcher([]), page_size=10)
    model.reset([str(n) for n in range(35)])
    qtmodeltester.check(model)


def test_rows_are_read_one_page_at_a_time_and_only_when_shown():
    reads = []
    model = LazyRowModel(COLUMNS, _fetcher(reads), page_size=10)
    model.reset([str(n) for n in range(1000)])
    assert reads == []
    assert model.data(model.index(25, 0)) == "name 25"
    assert reads == [[str(n) for n in range(20, 30)]]
    model.data(model.index(29, 1))
    assert len(reads) == 1
    assert model.data(model.index(29, 0), ROW_ID_ROLE) == "29"


def test_rows_handed_over_with_the_ids_are_never_read_again():
    reads = []
    model = LazyRowModel(COLUMNS, _fetcher(reads))
    model.reset(["a"], {"a": {"name": "ROSSI Marco", "town": "Rho"}})
    assert model.data(model.index(0, 0)) == "ROSSI Marco"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Town"
    assert reads == []


def test_a_row_deleted_meanwhile_shows_empty_instead_of_failing():
    model = LazyRowModel(COLUMNS, _fetcher([]))
    model.reset(["gone", "b"])
    assert model.data(model.index(0, 0)) == ""
    assert model.row_data(0) is None
    assert model.row_of("b") == 1 and model.row_of("zzz") == -1


def test_forgetting_rows_reads_them_again(qtbot):
    reads = []
    model = LazyRowModel(COLUMNS, _fetcher(reads))
    model.reset(["a", "b"])
    model.data(model.index(0, 0))
    with qtbot.waitSignal(model.dataChanged):
        model.forget_rows()
    model.data(model.index(1, 0))
    assert len(reads) == 2
