"""The endpoint's error codes as typed exceptions (the desk's half of the one error language).

Each is an ``OpDeskError``: ``str()`` is one sentence for a person, ``code`` is stable, and
the CLI and the window show them without knowing HTTP.
"""

from sync import protocol
from sync.errors import OpDeskError


class SyncError(OpDeskError):
    code = "sync_failed"


class ServerUnreachable(SyncError):
    code = "server_unreachable"
    MESSAGE = ("Server unreachable: records are safe on this desk and will be sent next time.")

    def __init__(self, details: str | None = None) -> None:
        super().__init__(self.MESSAGE, details=details)


class NotEnrolled(SyncError):
    code = "not_enrolled"


class CredentialRefused(SyncError):
    code = protocol.UNAUTHORIZED


class WriteRefused(SyncError):
    code = protocol.FORBIDDEN


class EnrolmentRefused(SyncError):
    code = protocol.ENROLMENT_REFUSED


class RateLimited(SyncError):
    code = protocol.RATE_LIMITED


class ServerRejected(SyncError):
    """The office refused the request as malformed or too large: a bug or a version skew."""

    code = protocol.INVALID_INPUT


_BY_CODE: dict[str, type[SyncError]] = {
    protocol.UNAUTHORIZED: CredentialRefused,
    protocol.FORBIDDEN: WriteRefused,
    protocol.ENROLMENT_REFUSED: EnrolmentRefused,
    protocol.RATE_LIMITED: RateLimited,
    protocol.INVALID_INPUT: ServerRejected,
    protocol.TOO_LARGE: ServerRejected,
    protocol.ROW_CONFLICT: ServerRejected,
}

_ADVICE = {
    WriteRefused: "Call the district office: this desk holds records it may not send.",
    ServerRejected: "Update OP Desk or call the district office; records stay on this desk.",
}


def error_for(code: str, message: str) -> SyncError:
    """The typed exception for an error body from the office."""
    kind = _BY_CODE.get(code, SyncError)
    advice = _ADVICE.get(kind)
    sentence = message if advice is None or advice in message else f"{message} {advice}"
    error = kind(sentence)
    error.code = code
    return error
