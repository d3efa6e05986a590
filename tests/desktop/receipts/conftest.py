"""A Rho register with a volunteer, a person and accesses to print receipts for."""

from datetime import datetime

import pytest

from sync.schema import Access, Account, Consultation, Person

SECRET_NOTE = "debito di 12.000 € con la finanziaria, moglie malata"
TAX_CODE = "RSSMRC80A01H264D"


@pytest.fixture
def volunteer(register):
    with register.writing() as session:
        account = Account(username="giulia", display_name="Giulia Bassi", role="volunteer",
                          secret_hash="x", created_at=datetime(2026, 1, 1))
        session.add(account)
    return account


@pytest.fixture
def person(register):
    with register.writing() as session:
        someone = Person(given_name="Niccolò", family_name="Mazzà", tax_code=TAX_CODE)
        session.add(someone)
    return someone


@pytest.fixture
def access(register, volunteer, person):
    """An access with themes, a next appointment, private notes and a private consultation."""
    with register.writing(volunteer.id) as session:
        visit = Access(person_id=person.id, occurred_at=datetime(2026, 3, 12, 10, 42),
                       themes="lavoro;debito", notes=SECRET_NOTE,
                       next_appointment=datetime(2026, 3, 19, 15, 0))
        session.add(visit)
        session.flush()
        session.add(Consultation(person_id=person.id, access_id=visit.id, theme="cura",
                                 occurred_at=visit.occurred_at, notes=SECRET_NOTE))
    return visit


def new_access(register, person_id=None, themes="famiglia") -> str:
    with register.writing() as session:
        visit = Access(person_id=person_id, occurred_at=datetime(2026, 3, 12, 11, 0),
                       themes=themes)
        session.add(visit)
    return visit.id
