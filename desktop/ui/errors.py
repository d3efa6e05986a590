"""The one place where a failure becomes words for the volunteer.

``explain(error)`` turns any exception into one sentence in the window's language (what
happened, what to do), chosen by the error's stable ``code`` (the same codes the office's
endpoint sends and the sync client raises), then by kind (full or failing disk, network).
A full or failing disk is named first whatever wraps it: the volunteer can act on it, and
the register's transactions guarantee that the failed write left nothing behind. ``show_error``
puts that sentence in a dialog with "Copia dettagli", which copies the technical details for
whoever helps: never a traceback in the volunteer's face.
"""

import errno
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from sync.errors import InvalidInput

translate = QCoreApplication.translate

SQLITE_IOERR, SQLITE_FULL = 10, 13
"""SQLite's primary result codes for a failing and a full disk."""


def _sentences_by_code() -> dict[str, str]:
    # Built per call so the sentences follow the language chosen at that moment.
    return {
        "register_missing": translate(
            "errors",
            "This desk has no register yet: restart OP Desk to set it up."),
        "register_exists": translate(
            "errors",
            "A register already exists in this folder: open it instead of creating a "
            "new one."),
        "register_damaged": translate(
            "errors",
            "The register on this desk is damaged: restore the latest backup, or "
            "enrol the desk again to get its records back."),
        "not_found": translate(
            "errors",
            "That record no longer exists: it may have been removed at another desk. "
            "Refresh the list and try again."),
        "sign_in_refused": translate(
            "errors",
            "Name or password/PIN not recognised: try again, or ask a coordinator."),
        "not_allowed": translate(
            "errors",
            "Your role does not allow this: ask a coordinator."),
        "server_unreachable": translate(
            "errors",
            "The office cannot be reached: records are safe on this desk and will be "
            "sent next time."),
        "unauthorized": translate(
            "errors",
            "The office no longer recognises this desk: ask the district office for a"
            " new enrolment code."),
        "enrolment_refused": translate(
            "errors",
            "The enrolment code is wrong, already used or expired: ask the district "
            "office for a new one."),
        "forbidden": translate(
            "errors",
            "The office refused records this desk may not send: call the district office; "
            "nothing is lost."),
        "not_enrolled": translate(
            "errors",
            "This desk is not enrolled with the office yet: ask the district office for an "
            "enrolment code."),
        "invalid_input": translate(
            "errors",
            "The office refused the records as malformed: update OP Desk or call the district "
            "office; records stay on this desk."),
        "rate_limited": translate(
            "errors",
            "The office is busy right now: OP Desk will try again in a few minutes."),
        "too_large": translate(
            "errors",
            "Too much to send in one go: OP Desk will send it in smaller parts next "
            "time."),
        "server_error": translate(
            "errors",
            "The office had a problem: records are safe on this desk and will be sent"
            " next time."),
    }


def explain(error: BaseException) -> str:
    """One sentence for the person at the desk; never raises, never shows a traceback."""
    code = getattr(error, "code", None)
    if isinstance(error, InvalidInput):
        problems = error.problems
        if problems:
            return translate("errors", "Please check what was typed: {problems}.").format(
                problems="; ".join(problem.rstrip(".") for problem in problems))
        return translate("errors", "Please check what was typed: {problem}").format(
            problem=str(error))
    disk = _disk_trouble(error)
    if disk == SQLITE_FULL:
        return translate("errors", "The disk is full: nothing was saved. Free some space or "
                                   "call the coordinator, then try again.")
    if disk == SQLITE_IOERR:
        return translate("errors", "The disk could not be read or written: nothing was saved. "
                                   "Check that the disk or USB stick is connected, or call the "
                                   "coordinator, then try again.")
    sentence = _sentences_by_code().get(code or "")
    if sentence:
        return sentence
    if _is_network_failure(error):
        return _sentences_by_code()["server_unreachable"]
    if isinstance(error, PermissionError):
        return translate("errors", "OP Desk may not write to its folder: ask whoever looks "
                                   "after this PC.")
    return translate("errors", "Something went wrong and nothing was saved: try again, and if "
                               "it happens again use \"Copy details\" and send them to the "
                               "district office.")


def _disk_trouble(error: BaseException) -> int | None:
    """``SQLITE_FULL`` or ``SQLITE_IOERR`` when a full or failing disk is behind ``error``.

    SQLAlchemy wraps the driver's exception (sqlite3's or SQLCipher's, each with its own
    classes), so the whole chain is read: the driver's result code where it gives one, else
    SQLite's fixed wording; a full disk met by plain file writing (backups, PDFs) counts too.
    """
    for cause in _causes(error):
        result_code = getattr(cause, "sqlite_errorcode", None)
        if isinstance(result_code, int) and result_code & 0xFF in (SQLITE_FULL, SQLITE_IOERR):
            return result_code & 0xFF
        if type(cause).__name__ == "OperationalError":
            if "database or disk is full" in str(cause):
                return SQLITE_FULL
            if "disk I/O error" in str(cause):
                return SQLITE_IOERR
        if isinstance(cause, OSError) and cause.errno == errno.ENOSPC:
            return SQLITE_FULL
    return None


def _causes(error: BaseException):
    """``error``, the driver exception it wraps, and what it was raised from, in turn."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        yield error
        error = getattr(error, "orig", None) or error.__cause__ or error.__context__


def _is_network_failure(error: BaseException) -> bool:
    if isinstance(error, ConnectionError | TimeoutError):
        return True
    try:
        import httpx
    except ImportError:  # pragma: no cover - httpx is a dependency
        return False
    return isinstance(error, httpx.TransportError)


def details_of(error: BaseException) -> str:
    """What "Copia dettagli" copies: the error's kind, its own words, details and traceback."""
    parts = [f"{type(error).__module__}.{type(error).__name__}: {error}"]
    extra = getattr(error, "details", None)
    if extra:
        parts.append(str(extra))
    parts.append("".join(traceback.format_exception(error)).rstrip())
    return "\n\n".join(parts)


def build_error_box(error: BaseException, parent: QWidget | None = None) -> QMessageBox:
    """The dialog ``show_error`` shows (built apart so tests and screenshots can inspect it)."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("errors", "OP Desk"), explain(error),
                      QMessageBox.StandardButton.Ok, parent)
    copy_button = box.addButton(translate("errors", "Copy details"),
                                QMessageBox.ButtonRole.ActionRole)
    copy_button.setObjectName("copyDetails")
    details = details_of(error)
    copy_button.clicked.disconnect()  # copying must not close the dialog
    copy_button.clicked.connect(lambda: QApplication.clipboard().setText(details))
    return box


def show_error(error: BaseException, parent: QWidget | None = None) -> None:
    build_error_box(error, parent).exec()
