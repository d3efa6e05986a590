"""The reads behind the people list when nothing is typed: every live person, by surname.

The list model holds only the ids (100,000 of them are a few megabytes); rows are read by
id a page at a time as the list scrolls.
"""

from collections.abc import Sequence

from sqlalchemy import select

from sync.register import Register
from sync.schema import Person


def live_people_ids(register: Register) -> list[str]:
    """Ids of people who are not deleted or merged away, alphabetical by surname and name."""
    with register.reading() as session:
        return list(session.scalars(
            select(Person.id)
            .where(Person.deleted.is_(False), Person.merged_into.is_(None))
            .order_by(Person.family_name, Person.given_name)))


def people_by_id(register: Register, ids: Sequence[str]) -> dict[str, Person]:
    with register.reading() as session:
        return {person.id: person
                for person in session.scalars(select(Person).where(Person.id.in_(list(ids))))}
