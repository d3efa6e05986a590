"""Pictures of every screen and dialog of the desk window, in Italian and in English.

    python -m desktop.screenshots OUTDIR

writes ``OUTDIR/it/*.png`` and ``OUTDIR/en/*.png`` at 1366×768 (dialogs at their own size),
from a throw-away desk with a few people, accesses and a conflict. It runs offscreen, so it
works on a build machine without a display; look at the pictures to check that every screen
is aligned, readable and unclipped.
"""

import json
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from desktop.services import accounts
from desktop.services.accesses import register_access
from desktop.services.desk import create_desk
from desktop.services.people import PersonDraft, create_person
from sync.schema import Conflict

WINDOW_SIZE = (1366, 768)
SAMPLE_PEOPLE = (
    ("Rossi", "Marco", "RSSMRC80A01H264D", "Rho"),
    ("Rossi", "Anna", None, "Lainate"),
    ("Rossini", "Fatima", None, "Pero"),
    ("Bianchi", "Nicolò", None, "Arese"),
)


def _sample_desk(data_dir: Path) -> None:
    register = create_desk(data_dir, "rho")
    giulia = accounts.create_account(register, "giulia", "Giulia Bianchi", "coordinator",
                                     "24680", None)
    accounts.create_account(register, "marco", "Marco Verdi", "volunteer", "13579", giulia.id)
    first = None
    for family, given, tax_code, town in SAMPLE_PEOPLE:
        person = create_person(register, PersonDraft(
            given_name=given, family_name=family, tax_code=tax_code, municipality=town,
            birth_date=None if tax_code else date(1985, 3, 14),
            consent_date=date.today(), consent_notice_version="2026-01"), giulia.id)
        first = first or person
        register_access(register, person.id, ["lavoro", "debito"], giulia.id)
    register_access(register, None, ["famiglia"], giulia.id)
    _sample_casework(register, giulia.id)
    _sample_homes_and_activities(register, giulia.id)
    with register.writing(giulia.id) as session:
        session.add(Conflict(table_name="people", row_id=first.id, winner_hlc=first.hlc,
                             loser_hlc=first.hlc, detected_at=datetime.now(),
                             loser_row=json.dumps({"id": first.id, "phone": "333 1234567"})))
    register.close()


def _sample_casework(register, account_id: str) -> None:
    """A few consultations (one to follow up this week) and requests, open and closed."""
    from desktop.services.consultations import record_consultation
    from desktop.services.requests import close_request, open_request
    from desktop.services.search import search_people

    today = date.today()
    people = [hit.id for hit in search_people(register, "r", 10)] or [None]
    for number, theme in enumerate(("lavoro", "risparmio", "debito", "casa", "famiglia")):
        record_consultation(register, people[number % len(people)], theme, account_id,
                            datetime.now().replace(second=0, microsecond=0)
                            - timedelta(days=3 * number), duration_minutes=30 + 5 * number,
                            notes="Colloquio" if number % 2 else None,
                            follow_up_on=today + timedelta(days=1) if number == 0 else None)
    for number, (kind, state) in enumerate((("famiglia", None), ("casa", None),
                                            ("famiglia", "soddisfatta"),
                                            ("famiglia", "non_soddisfatta"))):
        request = open_request(register, people[number % len(people)], kind,
                               today - timedelta(days=23 + 9 * number), None, account_id)
        if state:
            close_request(register, request.id, state, today, "Esito comunicato", account_id)


def _sample_homes_and_activities(register, account_id: str) -> None:
    """Three homes (one full until next week), stays, and activities of several kinds this
    month: a course with sessions, attendance and a hire, an event with a head count."""
    from desktop.services.activities import create_activity, enrol, set_outcome
    from desktop.services.attendance import add_session, set_attendance
    from desktop.services.housing import add_home, start_stay
    from desktop.services.search import search_people

    today = date.today()
    first = today.replace(day=1)
    people = [hit.id for hit in search_people(register, "r", 10)]
    flat = add_home(register, "Bilocale via Madonna 14", 3, "Rho", today - timedelta(days=200),
                    account_id=account_id)
    add_home(register, "Trilocale via Matteotti 5", 5, "Lainate", account_id=account_id)
    add_home(register, "Monolocale Corte Grande", 2, "Pero", today - timedelta(days=30),
             today + timedelta(days=150), account_id=account_id)
    start_stay(register, flat.id, people[0], 3, today - timedelta(days=40),
               today + timedelta(days=6), account_id=account_id)
    start_stay(register, flat.id, people[1], 2, today + timedelta(days=6), None,
               account_id=account_id)
    course = create_activity(register, "formazione_borsa_lavoro", "Corso magazziniere e "
                             "patentino muletto", first, first + timedelta(days=27),
                             account_id=account_id)
    for person in people[:3]:
        enrol(register, course.id, person, account_id)
    set_outcome(register, course.id, people[0], "assunto", account_id)
    for day in (2, 9, 16):
        meeting = add_session(register, course.id, first + timedelta(days=day), account_id)
        for person in people[:2 if day == 9 else 3]:
            set_attendance(register, meeting.id, person, True, account_id)
    for kind, title, day, count in (
            ("evento", "Festa di quartiere al Villaggio Giardino", 5, 80),
            ("laboratorio_socialita", "Cucina insieme", 12, 14),
            ("educazione_finanziaria", "Bilancio familiare in 4 incontri", 19, None),
            ("scuola", "Incontro al liceo Rebora", 21, 120)):
        create_activity(register, kind, title, first + timedelta(days=day), head_count=count,
                        account_id=account_id)


def _save(widget: QWidget, path: Path) -> None:
    app = QApplication.instance()
    widget.show()
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(path))


def _grab_dialog(make: Callable[[], QWidget], path: Path) -> None:
    dialog = make()
    _save(dialog, path)
    dialog.close()
    dialog.deleteLater()


def take_screenshots(out_dir: Path, language: str) -> list[Path]:
    """Every screen and dialog in ``language``; returns the files written."""
    from desktop.ui.accounts.dialog import AccountsDialog, NewAccountDialog
    from desktop.ui.activities.dialogs import ActivityDialog
    from desktop.ui.app import open_main_window, prepare_application
    from desktop.ui.background import BackgroundRunner
    from desktop.ui.consultations.dialog import ConsultationDialog
    from desktop.ui.errors import build_error_box
    from desktop.ui.frame.settings_dialog import SettingsDialog
    from desktop.ui.housing.stay_dialogs import StayDialog
    from desktop.ui.requests.dialogs import OpenRequestDialog
    from desktop.ui.settings import DeskSettings
    from desktop.ui.sync_status.conflicts import ConflictsDialog
    from desktop.ui.wizard.first_run import FirstRunWizard
    from sync.errors import RegisterDamaged

    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        data_dir = Path(scratch) / "desk"
        _sample_desk(data_dir)
        DeskSettings(data_dir).language = language
        app, settings = prepare_application(data_dir)
        window = open_main_window(data_dir, settings)
        window.resize(*WINDOW_SIZE)
        _save(window, out_dir / "01-lock-screen.png")
        window.lock_screen.people.setCurrentRow(0)
        window.lock_screen.secret.setText("24680")
        window.lock_screen.try_unlock()
        while window.is_locked():
            app.processEvents()
        for number, key in enumerate(window.available_screens(), start=2):
            window.show_screen(key)
            _save(window, out_dir / f"{number:02d}-screen-{key}.png")
        dialogs = {
            "settings": lambda: SettingsDialog(settings, window),
            "accounts": lambda: AccountsDialog(window.context, window),
            "new-account": lambda: NewAccountDialog(language, window),
            "conflicts": lambda: ConflictsDialog(window.context, window),
            "new-consultation": lambda: ConsultationDialog(window.context, parent=window),
            "open-request": lambda: OpenRequestDialog(window.context, parent=window),
            "new-stay": lambda: StayDialog(window.context, parent=window),
            "new-activity": lambda: ActivityDialog(window.context, parent=window),
            "error": lambda: build_error_box(RegisterDamaged("The register is damaged."),
                                             window),
        }
        for name, make in dialogs.items():
            _grab_dialog(make, out_dir / f"20-dialog-{name}.png")
        runner = BackgroundRunner()
        wizard = FirstRunWizard(Path(scratch) / "new-desk", runner)
        for number, page_id in enumerate(wizard.pageIds(), start=1):
            wizard.setStartId(page_id)
            wizard.restart()
            _save(wizard, out_dir / f"30-wizard-{number}.png")
        wizard.close()
        window.context.runner.wait_for_done()
        window.close()
        window.context.register.close()
    return sorted(out_dir.glob("*.png"))


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if len(arguments) != 1:
        print("usage: python -m desktop.screenshots OUTDIR", file=sys.stderr)
        return 2
    out = Path(arguments[0])
    from desktop.ui.app import create_application

    create_application()
    for language in ("it", "en"):
        written = take_screenshots(out / language, language)
        print(f"{len(written)} pictures in {out / language}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
