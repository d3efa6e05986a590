"""Refusals shared by the desk services: rows that are not there, roles that may not act.

Each raises an ``OpDeskError`` with one sentence a volunteer can act on.
"""

from typing import TypeVar

from sqlalchemy.orm import Session

from sync.errors import NotAllowed, NotFound
from sync.schema import Account, Person, Replicated
from sync.vocabulary import ROLES, label

Row = TypeVar("Row", bound=Replicated)

ROLE_ORDER = tuple(term.code for term in ROLES)
"""Roles from the least to the most trusted."""


def live_row(session: Session, model: type[Row], row_id: str | None, what: str) -> Row:
    """The row ``row_id`` of ``model``, refusing a missing or tombstoned one."""
    row = session.get(model, row_id) if row_id else None
    if row is None or row.deleted:
        raise NotFound(f"The {what} was not found: it may have been deleted; "
                       "search for it again.")
    return row


def live_person(session: Session, person_id: str | None) -> Person:
    """A person who can receive new records: present, not deleted, not merged away."""
    person = live_row(session, Person, person_id, "person")
    if person.merged_into:
        raise NotFound("This person was merged into another record: search again and use "
                       "the surviving record.")
    return person


def role_at_least(role: str | None, required: str) -> bool:
    return role in ROLE_ORDER and ROLE_ORDER.index(role) >= ROLE_ORDER.index(required)


def acting_account(session: Session, account_id: str | None, required: str) -> Account:
    """The active account ``account_id``, refusing it unless its role is ``required`` or
    higher. The role is read from the register, never trusted from the caller."""
    account = session.get(Account, account_id) if account_id else None
    if account is None or account.deleted or not account.active:
        raise NotAllowed("Nobody with an active account is signed in: sign in and try again.")
    if not role_at_least(account.role, required):
        raise NotAllowed(f"Only a {label(ROLES, required, 'en').lower()} or above may do "
                         "this: ask a coordinator.")
    return account
