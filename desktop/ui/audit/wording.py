"""The audit log in the volunteer's words: actions, subjects, people, details.

Codes stay in the register; the tables below hold English source texts, marked for the
``audit`` catalogue and translated when shown, in the language the window speaks then.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.services.merging import MERGE, UNDO
from desktop.services.privacy import AUDIT_LOG_EXPORT
from desktop.ui.audit.entries import AuditRow
from desktop.ui.models.lazy_rows import Column

CONTEXT = "AuditLog"
TIME_FORMAT = "%d/%m/%Y %H:%M"

DATA_EXPORT = QT_TRANSLATE_NOOP("AuditLog", "Data export (art. 15)")
ACTIONS = {
    "export_person_data": DATA_EXPORT,
    "erase": QT_TRANSLATE_NOOP("AuditLog", "Erasure (art. 17)"),
    "read_notes": QT_TRANSLATE_NOOP("AuditLog", "Reading of confidential notes"),
    MERGE: QT_TRANSLATE_NOOP("AuditLog", "Merge of two records"),
    UNDO: QT_TRANSLATE_NOOP("AuditLog", "Merge undone"),
    AUDIT_LOG_EXPORT: QT_TRANSLATE_NOOP("AuditLog", "Audit log export (CSV)"),
}
REGISTER_EXPORT = QT_TRANSLATE_NOOP("AuditLog", "Register export (CSV files)")
SUBJECTS = {
    "people": QT_TRANSLATE_NOOP("AuditLog", "Person"),
    "consultations": QT_TRANSLATE_NOOP("AuditLog", "Consultation"),
    "audit_log": QT_TRANSLATE_NOOP("AuditLog", "Merge"),
    None: QT_TRANSLATE_NOOP("AuditLog", "Whole register"),
}
SUBJECT_OF_ACTION = {  # where the table alone would say the wrong thing
    AUDIT_LOG_EXPORT: QT_TRANSLATE_NOOP("AuditLog", "Audit log"),
}
DETAIL_KEYS = {  # in the order they are shown
    "file": QT_TRANSLATE_NOOP("AuditLog", "file"),
    "folder": QT_TRANSLATE_NOOP("AuditLog", "folder"),
    "rows": QT_TRANSLATE_NOOP("AuditLog", "rows"),
    "keep": QT_TRANSLATE_NOOP("AuditLog", "record kept"),
    "drop": QT_TRANSLATE_NOOP("AuditLog", "record merged into it"),
}


def _(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def menu_label() -> str:
    """The main window's command that opens the log (its text lives in this catalogue)."""
    return QCoreApplication.translate("AuditLog", "Audit lo&g…")


def action_text(row: AuditRow) -> str:
    if row.action == "export":  # the office's art. 15 export names a person; ours does not
        return _(DATA_EXPORT if row.subject_table == "people" else REGISTER_EXPORT)
    return _(ACTIONS[row.action]) if row.action in ACTIONS else row.action


def who_text(row: AuditRow) -> str:
    if row.who:
        return row.who
    if row.by_office:
        return QCoreApplication.translate("AuditLog", "District office")
    if row.anonymous:
        return QCoreApplication.translate("AuditLog", "Desk administrator (command line)")
    return QCoreApplication.translate("AuditLog", "An account of another desk")


def subject_text(row: AuditRow) -> str:
    """The kind of record in words, and whose it is while the person still has a name."""
    kind = (_(SUBJECT_OF_ACTION[row.action]) if row.action in SUBJECT_OF_ACTION
            else _(SUBJECTS[row.subject_table]) if row.subject_table in SUBJECTS
            else row.subject_table)
    if row.person:
        return QCoreApplication.translate("AuditLog", "{kind}: {name}").format(
            kind=kind, name=row.person)
    if row.person_erased:
        return QCoreApplication.translate("AuditLog", "{kind} (erased)").format(kind=kind)
    return kind


def detail_text(row: AuditRow) -> str:
    if row.detail is not None:
        return row.detail
    known = [key for key in DETAIL_KEYS if key in row.facts]
    others = [key for key in row.facts if key not in DETAIL_KEYS]
    return "; ".join(f"{_(DETAIL_KEYS[key]) if key in DETAIL_KEYS else key}: {row.facts[key]}"
                     for key in known + others)


def audit_columns() -> tuple[Column, ...]:
    """The log's columns, headers in the window's language; the CSV has the same."""
    return (
        Column(QCoreApplication.translate("AuditLog", "When"),
               lambda row: f"{row.at:{TIME_FORMAT}}"),
        Column(QCoreApplication.translate("AuditLog", "Who"), who_text),
        Column(QCoreApplication.translate("AuditLog", "What"), action_text),
        Column(QCoreApplication.translate("AuditLog", "On what"), subject_text),
        Column(QCoreApplication.translate("AuditLog", "Reason or details"), detail_text),
    )
