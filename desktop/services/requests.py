"""Family and housing requests: opened, then closed once with an outcome."""

from datetime import date

from desktop.services.guards import live_person, live_row
from sync.errors import InvalidInput
from sync.register import Register
from sync.schema import Request
from sync.vocabulary import OPEN_STATE, REQUEST_KIND_CODES, REQUEST_STATE_CODES

CLOSING_STATES = REQUEST_STATE_CODES - {OPEN_STATE}


def open_request(register: Register, person_id: str, kind: str, opened_on: date,
                 notes: str | None, account_id: str | None) -> Request:
    """A new open request of ``kind`` (famiglia or casa) for a person."""
    if kind not in REQUEST_KIND_CODES:
        raise InvalidInput(f"Unknown request kind '{kind}': choose "
                           f"{' or '.join(sorted(REQUEST_KIND_CODES))}.")
    if opened_on > date.today():
        raise InvalidInput("A request cannot be opened in the future: check the date.")
    with register.writing(account_id) as session:
        live_person(session, person_id)
        request = Request(person_id=person_id, kind=kind, opened_on=opened_on,
                          state=OPEN_STATE, notes=(notes or "").strip() or None)
        session.add(request)
    return request


def close_request(register: Register, request_id: str, state: str, closed_on: date,
                  reason: str | None, account_id: str | None) -> Request:
    """Close an open request with its outcome; refuses a second closing, a closing date
    before the opening, and any state that is not a closing one."""
    if state not in CLOSING_STATES:
        raise InvalidInput(f"'{state}' is not a way to close a request: choose "
                           f"{', '.join(sorted(CLOSING_STATES))}.")
    with register.writing(account_id) as session:
        request = live_row(session, Request, request_id, "request")
        if request.state != OPEN_STATE:
            when = f" on {request.closed_on:%d/%m/%Y}" if request.closed_on else ""
            raise InvalidInput(f"This request was already closed{when} and cannot be closed "
                               "again.")
        if closed_on < request.opened_on:
            raise InvalidInput(f"The closing date is before the opening date "
                               f"({request.opened_on:%d/%m/%Y}): check it.")
        request.state, request.closed_on = state, closed_on
        request.close_reason = (reason or "").strip() or None
    return request
