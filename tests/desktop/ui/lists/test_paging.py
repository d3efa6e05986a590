"""A list on a large source opens with its first page and its count, reads on as it is
scrolled, merges requests made in one go, and never lets an overtaken read run or show."""

import threading
from datetime import date

from desktop.ui.lists import periods
from desktop.ui.lists.filter_bar import ChoiceFilter, PeriodFilter, PeriodPicker
from desktop.ui.lists.latest import LatestOnly
from desktop.ui.lists.panel import FIRST_PAGE, ListPanel
from desktop.ui.lists.sortable_model import SortableRowModel
from desktop.ui.lists.source import IdPage, ListSource, Sort, SortableColumn
from tests.desktop.ui.sportello.desk_fixtures import show

TOTAL = 1000
ROWS = {f"id{n:04d}": {"name": f"name {n:04d}", "n": n} for n in range(TOTAL)}
COLUMNS = (SortableColumn("Name", lambda row: row["name"], "name"),)


class PagedSource:
    """Answers pages like the database would, and remembers each read."""

    def __init__(self) -> None:
        self.pages: list[tuple[dict, Sort, int, int]] = []
        self.whole_reads = 0

    def ids(self, values, sort):
        self.whole_reads += 1
        return sorted(ROWS, reverse=sort.descending)

    def page(self, values, sort, offset, limit):
        self.pages.append((dict(values), sort, offset, limit))
        ids = self.ids(values, sort)
        self.whole_reads -= 1
        return IdPage(ids[offset:offset + limit], None if offset else len(ids))

    def rows(self, ids):
        return {row_id: ROWS[row_id] for row_id in ids}

    def as_list_source(self) -> ListSource:
        return ListSource(self.ids, self.rows, frozenset({"consultations"}), self.page)


def _panel(context, source):
    return ListPanel(context, source.as_list_source(), COLUMNS, (
        ChoiceFilter("colour", "Colour", "any", (("red", "Red"),)),
        PeriodFilter("period", "Period", periods.this_year),
    ), Sort("name"), "names")


def _opened(qtbot, context, source):
    panel = _panel(context, source)
    with qtbot.waitSignal(panel.shown, timeout=5000):
        show(qtbot, panel, panel.view)
        panel.reload()
    return panel


def _scroll_to_the_end(qtbot, panel):
    """Scroll to the last row read until every row is read, like a person dragging down."""
    while panel.model.rowCount() < TOTAL:
        listed = panel.model.rowCount()
        panel.view.scrollToBottom()
        qtbot.waitUntil(lambda listed=listed: panel.model.rowCount() > listed, timeout=5000)


def test_a_paged_model_with_rows_still_to_read_passes_the_qt_model_checks(qtmodeltester):
    model = SortableRowModel(COLUMNS, lambda ids: {i: ROWS[i] for i in ids}, page_size=7)
    model.reset(list(ROWS)[:40], total=TOTAL)
    assert model.canFetchMore()
    qtmodeltester.check(model)


def test_the_list_opens_with_one_page_and_counts_every_row(qtbot, desk_context):
    source = PagedSource()
    panel = _opened(qtbot, desk_context, source)
    assert panel.model.rowCount() == FIRST_PAGE < TOTAL
    assert panel.count_label.text().startswith(f"{TOTAL} ")
    assert source.pages == [({"colour": None, "period": periods.this_year(date.today())},
                             Sort("name"), 0, FIRST_PAGE)]
    assert source.whole_reads == 0


def test_scrolling_down_reads_the_rest_in_a_few_growing_pages(qtbot, desk_context):
    source = PagedSource()
    panel = _opened(qtbot, desk_context, source)
    _scroll_to_the_end(qtbot, panel)
    assert panel.row_ids() == sorted(ROWS)
    assert [(offset, limit) for _values, _sort, offset, limit in source.pages] == [
        (0, 200), (200, 200), (400, 400), (800, 800)]
    assert not panel.model.canFetchMore()


def test_the_export_writes_every_row_even_those_not_scrolled_to(qtbot, desk_context, tmp_path):
    panel = _opened(qtbot, desk_context, PagedSource())
    with qtbot.waitSignal(panel.exported, timeout=5000) as exported:
        panel.export_to(tmp_path / "names.csv")
    assert exported.args[1] == TOTAL
    assert (tmp_path / "names.csv").read_text("utf-8-sig").splitlines()[-1] == "name 0999"


def test_a_register_change_reads_as_many_rows_again_and_keeps_the_selection(qtbot,
                                                                           desk_context):
    source = PagedSource()
    panel = _opened(qtbot, desk_context, source)
    with qtbot.waitSignal(panel.model.rowsInserted, timeout=5000):
        panel.view.scrollToBottom()
    panel.view.selectRow(350)
    with qtbot.waitSignal(panel.shown, timeout=5000):
        desk_context.register_changed.emit(frozenset({"consultations"}))
    assert source.pages[-1][2:] == (0, 400)
    assert panel.current_id() == "id0350"
    with qtbot.waitSignal(panel.shown, timeout=5000):
        panel.filter_bar.set_choice("colour", "red")  # another list: back to one page
    assert source.pages[-1][2:] == (0, FIRST_PAGE)


def test_a_screen_set_to_another_period_as_it_is_built_reads_only_that_period(qtbot,
                                                                             desk_context):
    source = PagedSource()
    panel = _panel(desk_context, source)
    panel.reload()  # what a screen does as it is built, with its default period
    panel.filter_bar.period("period").set_period(periods.EVERYTHING)
    with qtbot.waitSignal(panel.shown, timeout=5000) as shown:
        show(qtbot, panel, panel.view)
    assert shown.args == [TOTAL]
    desk_context.runner.wait_for_done()
    assert [values["period"] for values, *_rest in source.pages] == [periods.EVERYTHING]


def test_choosing_a_preset_period_says_so_once(qtbot):
    widget = PeriodPicker(periods.this_year)
    qtbot.addWidget(widget)
    changes = []
    widget.changed.connect(lambda: changes.append(widget.value()))
    widget.set_period(periods.EVERYTHING)
    assert changes == [periods.EVERYTHING]


def test_an_overtaken_read_is_skipped_and_only_the_newest_answer_arrives(qtbot, desk_context):
    runner = desk_context.runner
    release = threading.Event()
    for _ in range(2):  # both of the runner's threads are busy
        runner.submit(lambda: release.wait(5))
    latest, ran, answers = LatestOnly(runner), [], []
    for name in ("this year", "everything"):
        latest.submit(lambda name=name: ran.append(name) or name, answers.append, answers.append)
    release.set()
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)
    assert ran == ["everything"] and answers == ["everything"]


def test_an_answer_overtaken_while_it_was_read_is_dropped(qtbot, desk_context):
    started, release = threading.Event(), threading.Event()
    latest, answers = LatestOnly(desk_context.runner), []

    def slow():
        started.set()
        release.wait(5)
        return "old"

    latest.submit(slow, answers.append, answers.append)
    assert started.wait(5)
    latest.submit(lambda: "new", answers.append, answers.append)
    release.set()
    qtbot.waitUntil(lambda: not desk_context.runner.is_busy(), timeout=5000)
    assert answers == ["new"]
