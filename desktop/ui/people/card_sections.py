"""The tabs of the person card: what each kind of record shows, in words for people."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop.ui.models.lazy_rows import Column
from desktop.ui.people.person_text import short_date
from sync.vocabulary import ACTIVITY_KINDS, OUTCOMES, REQUEST_KINDS, REQUEST_STATES, THEMES, label


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
    translate = QCoreApplication.translate  # lupdate reads translate("PersonCard", "...")

    def themes(row: dict) -> str:
        return ", ".join(label(THEMES, code, language)
                         for code in (row.get("themes") or "").split(";") if code)

    return [
        ("accesses", translate("PersonCard", "Accesses"), (
            Column(translate("PersonCard", "When"), _when("occurred_at")),
            Column(translate("PersonCard", "Site"), lambda row: row.get("site", "")),
            Column(translate("PersonCard", "Themes"), themes),
            Column(translate("PersonCard", "Next appointment"), _when("next_appointment")),
        )),
        ("consultations", translate("PersonCard", "Consultations"), (
            Column(translate("PersonCard", "When"), _when("occurred_at")),
            Column(translate("PersonCard", "Theme"), _term(THEMES, "theme", language)),
            Column(translate("PersonCard", "Minutes"),
                   lambda row: str(row.get("duration_minutes") or "")),
            Column(translate("PersonCard", "Follow-up on"), _when("follow_up_on")),
        )),
        ("requests", translate("PersonCard", "Requests"), (
            Column(translate("PersonCard", "Opened on"), _when("opened_on")),
            Column(translate("PersonCard", "Kind"), _term(REQUEST_KINDS, "kind", language)),
            Column(translate("PersonCard", "Outcome"), _term(REQUEST_STATES, "state", language)),
            Column(translate("PersonCard", "Closed on"), _when("closed_on")),
        )),
        ("stays", translate("PersonCard", "Stays"), (
            Column(translate("PersonCard", "From"), _when("start_on")),
            Column(translate("PersonCard", "To"), _when("end_on")),
            Column(translate("PersonCard", "Home"), lambda row: row.get("home_description") or ""),
            Column(translate("PersonCard", "Guests"), lambda row: str(row.get("guests") or "")),
        )),
        ("participations", translate("PersonCard", "Activities"), (
            Column(translate("PersonCard", "Starts on"), _when("activity_starts_on")),
            Column(translate("PersonCard", "Kind"),
                   _term(ACTIVITY_KINDS, "activity_kind", language)),
            Column(translate("PersonCard", "Title"), lambda row: row.get("activity_title") or ""),
            Column(translate("PersonCard", "Outcome"), _term(OUTCOMES, "outcome", language)),
        )),
    ]
