"""The tabs of the person card: what each kind of record shows, in words for people."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop.ui.models.lazy_rows import Column
from desktop.ui.people.person_text import short_date
from sync.vocabulary import ACTIVITY_KINDS, OUTCOMES, REQUEST_KINDS, REQUEST_STATES, THEMES, label


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonCard", text)


def _when(key: str) -> Callable[[dict], str]:
    def text(row: dict) -> str:
        value = row.get(key)
        if value is None:
            return ""
        return f"{value:%d/%m/%Y %H:%M}" if hasattr(value, "hour") else short_date(value)
    return text


def _term(terms, key: str, language: str) -> Callable[[dict], str]:
    return lambda row: label(terms, row[key], language) if row.get(key) else ""


def card_sections(language: str) -> list[tuple[str, str, tuple[Column, ...]]]:
    """(key in the PersonFile, tab title, columns) for every tab of the card."""
    def themes(row: dict) -> str:
        return ", ".join(label(THEMES, code, language)
                         for code in (row.get("themes") or "").split(";") if code)

    return [
        ("accesses", _tr("Accesses"), (
            Column(_tr("When"), _when("occurred_at")),
            Column(_tr("Site"), lambda row: row.get("site", "")),
            Column(_tr("Themes"), themes),
            Column(_tr("Next appointment"), _when("next_appointment")),
        )),
        ("consultations", _tr("Consultations"), (
            Column(_tr("When"), _when("occurred_at")),
            Column(_tr("Theme"), _term(THEMES, "theme", language)),
            Column(_tr("Minutes"), lambda row: str(row.get("duration_minutes") or "")),
            Column(_tr("Follow-up on"), _when("follow_up_on")),
        )),
        ("requests", _tr("Requests"), (
            Column(_tr("Opened on"), _when("opened_on")),
            Column(_tr("Kind"), _term(REQUEST_KINDS, "kind", language)),
            Column(_tr("Outcome"), _term(REQUEST_STATES, "state", language)),
            Column(_tr("Closed on"), _when("closed_on")),
        )),
        ("stays", _tr("Stays"), (
            Column(_tr("From"), _when("start_on")),
            Column(_tr("To"), _when("end_on")),
            Column(_tr("Home"), lambda row: row.get("home_description") or ""),
            Column(_tr("Guests"), lambda row: str(row.get("guests") or "")),
        )),
        ("participations", _tr("Activities"), (
            Column(_tr("Starts on"), _when("activity_starts_on")),
            Column(_tr("Kind"), _term(ACTIVITY_KINDS, "activity_kind", language)),
            Column(_tr("Title"), lambda row: row.get("activity_title") or ""),
            Column(_tr("Outcome"), _term(OUTCOMES, "outcome", language)),
        )),
    ]
