"""Registering people: one checked draft, creation, correction, and the duplicate warning.

A codice fiscale, when given, must be valid; it then fills birth date and sex when they were
left empty, and refuses them when they contradict it (one of the two has a typo). Two live
people never share a tax code.
"""

import re
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.services.guards import live_person
from desktop.services.search_index import fold, query_terms, words_match
from sync.errors import InvalidInput
from sync.register import Register
from sync.schema import Person
from sync.tax_code import check_tax_code

_PHONE = re.compile(r"^\+?[0-9 ()./-]{6,}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_MATCHING_IDS = text("SELECT person_id FROM people_search WHERE people_search MATCH :words")


@dataclass
class PersonDraft:
    """What the new-person form (or a correction) says about someone; empty text is None."""

    given_name: str | None = None
    family_name: str | None = None
    tax_code: str | None = None
    birth_date: date | None = None
    sex: str | None = None
    municipality: str | None = None
    phone: str | None = None
    email: str | None = None
    consent_date: date | None = None
    consent_notice_version: str | None = None


def checked_draft(draft: PersonDraft) -> PersonDraft:
    """A cleaned copy of ``draft`` (trimmed, tax code upper-case, birth date and sex taken
    from the code when missing); raises ``InvalidInput`` listing every problem at once."""
    values = {field.name: _clean(getattr(draft, field.name)) for field in fields(draft)}
    if values["sex"]:
        values["sex"] = values["sex"].upper()
    problems = []
    if not values["family_name"]:
        problems.append("il cognome è obbligatorio")
    if not values["given_name"]:
        problems.append("il nome è obbligatorio")
    if values["tax_code"]:
        check = check_tax_code(values["tax_code"])
        if not check.valid:
            problems.append(f"codice fiscale non valido: {check.reason_it}")
        else:
            values["tax_code"] = check.code
            problems += _agree_with_code(values, check.birth_date, check.sex)
    if values["sex"] not in (None, "M", "F"):
        problems.append("il sesso è M o F")
    if values["phone"] and not _PHONE.match(values["phone"]):
        problems.append("il telefono contiene caratteri non validi")
    if values["email"] and not _EMAIL.match(values["email"]):
        problems.append("l'indirizzo email non è valido")
    if values["consent_date"] and values["consent_date"] > date.today():
        problems.append("la data del consenso è nel futuro")
    if values["consent_date"] and not values["consent_notice_version"]:
        problems.append("indicare la versione dell'informativa per cui è stato dato il consenso")
    if problems:
        raise InvalidInput("The person cannot be saved: " + "; ".join(problems) + ".", problems)
    return PersonDraft(**values)


def create_person(register: Register, draft: PersonDraft, account_id: str | None) -> Person:
    """Store a new person from ``draft``; refuses a tax code already in the register."""
    values = checked_draft(draft)
    with register.writing(account_id) as session:
        _refuse_taken_tax_code(session, values.tax_code, None)
        person = Person(**vars(values))
        session.add(person)
    return person


def update_person(register: Register, person_id: str, draft: PersonDraft,
                  account_id: str | None) -> Person:
    """Replace the person's details with ``draft`` (the whole form, checked again)."""
    values = checked_draft(draft)
    with register.writing(account_id) as session:
        person = live_person(session, person_id)
        _refuse_taken_tax_code(session, values.tax_code, person_id)
        for name, value in vars(values).items():
            if getattr(person, name) != value:
                setattr(person, name, value)
    return person


def find_likely_duplicates(register: Register, draft: PersonDraft,
                           exclude_id: str | None = None) -> list[Person]:
    """Live people who may be the one in ``draft`` ("è questa persona?"): the same tax code,
    or the same surname and name (accents and case ignored) and the same birth date."""
    tax = check_tax_code(draft.tax_code) if _clean(draft.tax_code) else None
    birth = draft.birth_date or (tax.birth_date if tax and tax.valid else None)
    with register.reading() as session:
        found = {}
        if tax and tax.valid:
            for person in session.scalars(select(Person).where(Person.tax_code == tax.code)):
                found[person.id] = person
        if birth and _clean(draft.family_name) and _clean(draft.given_name):
            for person in _same_name(session, draft.family_name, draft.given_name):
                if person.birth_date == birth:
                    found[person.id] = person
    return [person for person in found.values()
            if person.id != exclude_id and not person.deleted and not person.merged_into]


def _same_name(session: Session, family_name: str, given_name: str) -> list[Person]:
    """People whose folded surname and name equal these, found through the search index."""
    words = query_terms(family_name) + query_terms(given_name)
    ids = session.execute(_MATCHING_IDS, {"words": words_match(words, prefix=False)}).scalars()
    people = session.scalars(select(Person).where(Person.id.in_(list(ids)))).all()
    return [person for person in people if fold(person.family_name) == fold(family_name)
            and fold(person.given_name) == fold(given_name)]


def _agree_with_code(values: dict, birth: date | None, sex: str | None) -> list[str]:
    problems = []
    if birth:
        if values["birth_date"] and values["birth_date"] != birth:
            problems.append("la data di nascita non corrisponde al codice fiscale")
        values["birth_date"] = values["birth_date"] or birth
    if sex:
        if values["sex"] and values["sex"] != sex:
            problems.append("il sesso non corrisponde al codice fiscale")
        values["sex"] = sex
    return problems


def _refuse_taken_tax_code(session: Session, tax_code: str | None, own_id: str | None) -> None:
    if not tax_code:
        return
    taken = session.scalars(select(Person.id).where(
        Person.tax_code == tax_code, Person.deleted.is_(False), Person.merged_into.is_(None),
        Person.id != (own_id or ""))).first()
    if taken:
        raise InvalidInput("This tax code already belongs to a person in the register: search "
                           "for it and use that record.", ["codice fiscale già registrato"])


def _clean(value):
    if isinstance(value, str):
        value = " ".join(value.split())
        return value or None
    return value
