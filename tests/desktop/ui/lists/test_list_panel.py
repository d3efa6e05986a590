"""The shared list: filters and sorting read ids from the source, rows are read lazily, and the
CSV export writes exactly what is shown."""

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from desktop.ui.lists import periods
from desktop.ui.lists.csv_export import rows_in_pages
from desktop.ui.lists.filter_bar import ChoiceFilter, PeriodFilter
from desktop.ui.lists.panel import ListPanel
from desktop.ui.lists.periods import Period
from desktop.ui.lists.sortable_model import SortableRowModel
from desktop.ui.lists.source import ListSource, Sort, SortableColumn
from tests.desktop.ui.sportello.desk_fixtures import show

ROWS = {f"id{n}": {"name": f"name {n:03d}", "colour": "red" if n % 2 else "blue", "n": n}
        for n in range(250)}
COLUMNS = (SortableColumn("Name", lambda row: row["name"], "name"),
           SortableColumn("Colour", lambda row: row["colour"]))


class FakeSource:
    """Answers like a database would, and remembers what it was asked."""

    def __init__(self) -> None:
        self.asked: list[tuple[dict, Sort]] = []
        self.reads: list[int] = []

    def ids(self, values, sort):
        self.asked.append((dict(values), sort))
        rows = [(row_id, row) for row_id, row in ROWS.items()
                if values.get("colour") in (None, row["colour"])]
        rows.sort(key=lambda pair: pair[1]["n"], reverse=sort.descending)
        return [row_id for row_id, _row in rows]

    def rows(self, ids):
        self.reads.append(len(ids))
        return {row_id: ROWS[row_id] for row_id in ids}

    def as_list_source(self) -> ListSource:
        return ListSource(self.ids, self.rows, frozenset({"consultations"}))


def _panel(qtbot, context, fake):
    panel = ListPanel(context, fake.as_list_source(), COLUMNS, (
        ChoiceFilter("colour", "Colour", "any", (("red", "Red"), ("blue", "Blue"))),
        PeriodFilter("period", "Period", periods.this_year),
    ), Sort("name"), "colours")
    with qtbot.waitSignal(panel.shown, timeout=5000):
        show(qtbot, panel, panel.view)
        panel.reload()
    return panel


def test_the_sortable_model_passes_the_qt_model_checks(qtmodeltester):
    model = SortableRowModel(COLUMNS, lambda ids: {i: ROWS[i] for i in ids}, page_size=7)
    model.reset(list(ROWS)[:40])
    qtmodeltester.check(model)


def test_a_filter_change_reads_the_ids_again_with_every_filter_value(qtbot, desk_context):
    fake = FakeSource()
    panel = _panel(qtbot, desk_context, fake)
    assert panel.model.rowCount() == 250
    assert fake.asked[-1][0]["period"] == periods.this_year(date.today())
    with qtbot.waitSignal(panel.shown, timeout=5000) as shown:
        panel.filter_bar.set_choice("colour", "red")
    assert shown.args == [125]
    assert fake.asked[-1][0]["colour"] == "red"
    assert panel.count_label.text().startswith("125")
    assert max(fake.reads) <= 100  # rows are read a page at a time, only when shown


def test_choosing_everything_lifts_the_period(qtbot, desk_context):
    fake = FakeSource()
    panel = _panel(qtbot, desk_context, fake)
    picker = panel.filter_bar.period("period")
    with qtbot.waitSignal(panel.shown, timeout=5000):
        picker.set_period(periods.EVERYTHING)
    assert fake.asked[-1][0]["period"] == Period(None, None)
    assert not picker.start_edit.isEnabled()
    with qtbot.waitSignal(panel.shown, timeout=5000):
        picker.set_period(Period(date(2026, 1, 5), date(2026, 2, 1)))
    assert fake.asked[-1][0]["period"] == Period(date(2026, 1, 5), date(2026, 2, 1))
    assert picker.start_edit.text() == "05/01/2026"


def test_clicking_a_sortable_header_twice_sorts_descending_in_the_source(qtbot, desk_context):
    fake = FakeSource()
    panel = _panel(qtbot, desk_context, fake)
    header = panel.view.horizontalHeader()
    with qtbot.waitSignal(panel.shown, timeout=5000):
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(header.sectionViewportPosition(0) + 5, 5))
    assert fake.asked[-1][1] == Sort("name", True)
    assert panel.cell_text(0, 0) == "name 249"
    asked = len(fake.asked)
    panel._header_clicked(1)  # the colour column has no ordering: nothing is read again
    assert len(fake.asked) == asked
    assert header.sortIndicatorSection() == 0


def test_the_csv_export_writes_what_is_shown_in_that_order(qtbot, desk_context, tmp_path):
    fake = FakeSource()
    panel = _panel(qtbot, desk_context, fake)
    with qtbot.waitSignal(panel.shown, timeout=5000):
        panel.filter_bar.set_choice("colour", "blue")
    target = tmp_path / "list.csv"
    with qtbot.waitSignal(panel.exported, timeout=5000) as exported:
        panel.export_to(target)
    assert exported.args == [str(target), 125]
    lines = target.read_text("utf-8-sig").splitlines()
    assert lines[0] == "Name;Colour"
    assert lines[1:3] == ["name 000;blue", "name 002;blue"] and len(lines) == 126
    assert "125" in panel.feedback.text()


def test_an_export_to_a_missing_folder_says_so_and_writes_nothing(qtbot, desk_context, tmp_path):
    panel = _panel(qtbot, desk_context, FakeSource())
    target = tmp_path / "missing" / "list.csv"
    panel.export_to(target)
    qtbot.waitUntil(lambda: panel.feedback.text() != "", timeout=5000)
    assert not target.exists() and panel.feedback.objectName() == "problem"


def test_a_change_to_the_source_tables_reloads_the_list(qtbot, desk_context):
    fake = FakeSource()
    panel = _panel(qtbot, desk_context, fake)
    asked = len(fake.asked)
    desk_context.register_changed.emit(frozenset({"people"}))
    with qtbot.waitSignal(panel.shown, timeout=5000):
        desk_context.register_changed.emit(frozenset({"consultations"}))
    assert len(fake.asked) == asked + 1


def test_rows_gone_meanwhile_are_left_out_of_the_export():
    rows = list(rows_in_pages(["a", "gone", "b"], lambda ids: {i: i for i in ids if i != "gone"},
                              page_size=2))
    assert rows == ["a", "b"]
