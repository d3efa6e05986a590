"""What a receipt says, gathered from the register, and the record of each copy handed out.

``ReceiptContent`` is deliberately narrow: it is built from the access, the person's name and
the volunteer's first name only. Consultations, notes and the tax code are never read, so
they cannot end up on paper.

``Receipt.copies`` counts the copies handed out (printed or saved as PDF): the first is the
original, every later one is marked as a duplicate.
"""

from dataclasses import dataclass, replace
from datetime import datetime

from desktop.receipts.numbering import issue_receipt
from sync.errors import NotFound
from sync.register import Register
from sync.schema import Access, Account, Person, Receipt
from sync.vocabulary import sites


@dataclass(frozen=True)
class ReceiptContent:
    receipt_id: str
    number: str
    site_name: str
    occurred_at: datetime
    person_name: str | None
    """``None`` for an anonymous access (or a person whose data was erased)."""
    themes: tuple[str, ...]
    """Theme codes of the access, in the register's order."""
    volunteer: str | None
    """The first name of whoever registered the access."""
    next_appointment: datetime | None
    duplicate: bool

    def as_duplicate(self) -> "ReceiptContent":
        return replace(self, duplicate=True)


def prepare_receipt(register: Register, access_id: str,
                    account_id: str | None = None) -> ReceiptContent:
    """The content of the receipt of ``access_id``, numbering it if it has no number yet."""
    with register.writing(account_id) as session:
        access = session.get(Access, access_id)
        if access is None or access.deleted:
            raise NotFound(f"There is no access '{access_id}' in this register: check the id "
                           "in today's list or in 'op-desk export'.")
        receipt = issue_receipt(session, access, account_id)
        return ReceiptContent(
            receipt_id=receipt.id,
            number=receipt.number,
            site_name=sites()[access.site].name,
            occurred_at=access.occurred_at,
            person_name=_person_name(session.get(Person, access.person_id)
                                     if access.person_id else None),
            themes=tuple(code for code in (access.themes or "").split(";") if code),
            volunteer=_first_name(session.get(Account, access.created_by)
                                  if access.created_by else None),
            next_appointment=access.next_appointment,
            duplicate=receipt.copies > 0,
        )


def record_copy(register: Register, receipt_id: str, account_id: str | None = None) -> int:
    """Count one more copy handed out; returns how many there are now."""
    with register.writing(account_id) as session:
        receipt = session.get(Receipt, receipt_id)
        if receipt is None:
            raise NotFound(f"The receipt '{receipt_id}' is not in this register any more.")
        receipt.copies = (receipt.copies or 0) + 1
        return receipt.copies


def _person_name(person: Person | None) -> str | None:
    if person is None or person.erased_at is not None:
        return None
    name = " ".join(part for part in (person.given_name, person.family_name) if part)
    return name or None


def _first_name(account: Account | None) -> str | None:
    if account is None or not account.display_name.strip():
        return None
    return account.display_name.split()[0]
