"""The reads behind the consultations list: ordered ids for the filters, rows by page.

The filters and the default order ("when", newest first) are served by the covering index
``ix_consultations_list``, so the list opens after reading one page of it and a count.

Rows never carry the notes (only whether there are some): notes are read one at a time,
by an operator, through ``consultation_notes``, which logs the read.
"""

from collections.abc import Sequence

from sqlalchemy import Select, select

from desktop.ui.lists.queries import QueryList, ordered, within
from desktop.ui.lists.source import FilterValues, ListSource, Sort
from sync.register import Register
from sync.schema import Account, Consultation, Person

ORDERINGS = {
    "when": (Consultation.occurred_at,),
    "person": (Person.family_name, Person.given_name),
    "theme": (Consultation.theme,),
    "operator": (Account.display_name,),
    "minutes": (Consultation.duration_minutes,),
    "follow_up": (Consultation.follow_up_on,),
}
NEWEST_FIRST = Sort("when", descending=True)


def matching_consultations(register: Register, values: FilterValues) -> Select:
    """The ids of this desk's live consultations that pass the filters, in no order."""
    query = select(Consultation.id).where(
        Consultation.site == register.site, Consultation.deleted.is_(False),
        *within(Consultation.occurred_at, values.get("period"), moments=True))
    if values.get("theme"):
        query = query.where(Consultation.theme == values["theme"])
    if values.get("operator"):
        query = query.where(Consultation.operator_id == values["operator"])
    return query


def in_order(query: Select, sort: Sort) -> Select:
    if sort.key == "person":
        query = query.outerjoin(Person, Person.id == Consultation.person_id)
    if sort.key == "operator":
        query = query.outerjoin(Account, Account.id == Consultation.operator_id)
    return ordered(query, sort, ORDERINGS, Consultation.id)


def consultation_rows(register: Register, ids: Sequence[str]) -> dict:
    query = (select(Consultation.id, Consultation.occurred_at, Consultation.theme,
                    Consultation.duration_minutes, Consultation.follow_up_on,
                    Consultation.person_id, Consultation.notes.is_not(None).label("has_notes"),
                    Person.family_name, Person.given_name,
                    Account.display_name.label("operator_name"))
             .outerjoin(Person, Person.id == Consultation.person_id)
             .outerjoin(Account, Account.id == Consultation.operator_id)
             .where(Consultation.id.in_(list(ids))))
    with register.reading() as session:
        return {row.id: row for row in session.execute(query)}


def operators(register: Register) -> list[tuple[str, str]]:
    """(account id, name) of everyone who can be named as the operator, by name."""
    with register.reading() as session:
        return [(row.id, row.display_name) for row in session.execute(
            select(Account.id, Account.display_name)
            .where(Account.deleted.is_(False), Account.active.is_(True))
            .order_by(Account.display_name))]


def consultations_listing(register: Register) -> QueryList:
    return QueryList(register, lambda values: matching_consultations(register, values), in_order)


def consultations_source(register: Register) -> ListSource:
    return consultations_listing(register).source(
        lambda ids: consultation_rows(register, ids),
        frozenset({"consultations", "people", "accounts"}))
