"""The one error language: every failure a person may see carries a plain sentence.

``code`` is stable (the endpoint sends it, the client maps it back, the window turns it into
Italian); ``str(error)`` is one sentence saying what went wrong and what to do.
"""


class OpDeskError(Exception):
    code = "error"
    exit_status = 1

    def __init__(self, message: str, *, details: str | None = None) -> None:
        super().__init__(message)
        self.details = details


class RegisterMissing(OpDeskError):
    code = "register_missing"


class RegisterExists(OpDeskError):
    code = "register_exists"


class RegisterDamaged(OpDeskError):
    code = "register_damaged"


class InvalidInput(OpDeskError):
    """Input a person typed or a file carried that cannot be stored; ``problems`` lists why."""

    code = "invalid_input"
    exit_status = 2

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message, details="\n".join(problems or []))
        self.problems = problems or []


class NotFound(OpDeskError):
    code = "not_found"


class NotAllowed(OpDeskError):
    code = "not_allowed"
