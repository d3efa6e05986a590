"""Numeri chiave on real widgets: the same figures as ``op-desk report`` on a generated
register, the charts, the drill-down and the PDF/CSV exports."""

import json
from datetime import date

from desktop.cli import main
from desktop.legacy.importing import import_folder
from desktop.services.desk import create_desk, open_desk
from desktop.ui.context import DeskContext
from desktop.ui.keynumbers.group_card import value_text
from desktop.ui.keynumbers.screen import KeyNumbersScreen
from desktop.ui.lists.periods import Period
from sync.keynumbers.definitions import INDICATOR_BY_ID
from tests.datagen import write_legacy_folder

FIRST, LAST = date(2024, 3, 1), date(2024, 8, 31)


def _generated_desk(tmp_path):
    folder = tmp_path / "legacy"
    write_legacy_folder(folder, people=120, accesses=800, site="rho", activities=60,
                        requests=80, homes=12)
    data_dir = tmp_path / "desk"
    register = create_desk(data_dir, "rho")
    import_folder(register, folder)
    register.close()
    return data_dir


def _screen(qtbot, data_dir):
    context = DeskContext(open_desk(data_dir))
    screen = KeyNumbersScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    with qtbot.waitSignal(screen.computed, timeout=10000):
        screen.period.set_period(Period(FIRST, LAST))
    return screen, context


def test_the_screen_shows_the_same_figures_as_op_desk_report(qtbot, tmp_path, capsys):
    data_dir = _generated_desk(tmp_path)
    assert main(["--data-dir", str(data_dir), "report", "--from", FIRST.isoformat(),
                 "--to", LAST.isoformat()]) == 0
    reported = json.loads(capsys.readouterr().out)["indicators"]
    screen, context = _screen(qtbot, data_dir)
    try:
        assert screen.figures() == {key: value_text(value, INDICATOR_BY_ID[key].percent)
                                    for key, value in reported.items()}
        famiglia = screen.cards["famiglia"]
        assert famiglia.headline.text() == str(reported["family_requests"])
        assert f"({reported['family_requests_satisfied_pct']}% soddisfatte)" in \
            famiglia.sentence.text()
        assert sum(value for _label, value in famiglia.chart.bars()) == \
            reported["family_requests"]
        months = screen.cards["accessi"].chart.bars()
        assert len(months) == 6 and sum(value for _label, value in months) == \
            reported["accesses"]
    finally:
        context.runner.wait_for_done()
        context.register.close()


def test_an_indicator_drills_down_to_its_records_and_the_exports_match(qtbot, tmp_path, capsys):
    data_dir = _generated_desk(tmp_path)
    screen, context = _screen(qtbot, data_dir)
    try:
        expected = int(screen.figures()["work_consultations"].replace(".", ""))
        card = screen.cards["lavoro"]
        card.table.setCurrentCell(0, 0)
        emitted = []
        card.drill_requested.connect(emitted.append)
        card.table.activated.emit(card.table.currentIndex())
        assert emitted == ["work_consultations"]
        dialog = screen.drill_down("work_consultations")
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.loaded, timeout=5000) as loaded:
            pass
        assert loaded.args == [expected]
        pdf, csv_file = tmp_path / "numeri.pdf", tmp_path / "numeri.csv"
        for path, form in ((pdf, "pdf"), (csv_file, "csv")):
            with qtbot.waitSignal(screen.exported, timeout=10000):
                screen.export_to(path, form)
        assert pdf.read_bytes().startswith(b"%PDF")
        main(["--data-dir", str(data_dir), "report", "--from", FIRST.isoformat(),
              "--to", LAST.isoformat(), "--format", "csv"])
        assert csv_file.read_text("utf-8") == capsys.readouterr().out
    finally:
        context.runner.wait_for_done()
        context.register.close()
