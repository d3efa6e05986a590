"""Finding a person from one typed query: surname, name, codice fiscale or phone.

Every word typed must be the start of a word of the surname, name, tax code or phone
(accents, case and phone separators ignored), so "ross mar" finds Marco Rossi, "nicolo"
finds Nicolò, "RSSMRC" finds by code and "3331234" finds "333 1234567". Merged and deleted
people are never returned. Ranking, best first: the first word starts the surname, then it
starts the given name, then anything else (code, phone); within each, the person seen most
recently at this desk first, then alphabetical.
"""

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import text

from desktop.services.search_index import query_terms, words_match
from sync.register import Register

DEFAULT_LIMIT = 50

_SEARCH = text("""
WITH hits AS (SELECT person_id FROM people_search WHERE people_search MATCH :anywhere),
surname_first AS (SELECT person_id FROM people_search WHERE people_search MATCH :surname),
name_first AS (SELECT person_id FROM people_search WHERE people_search MATCH :given)
SELECT p.id, p.family_name, p.given_name, p.tax_code, p.municipality,
       (SELECT max(a.occurred_at) FROM accesses AS a
         WHERE a.person_id = p.id AND a.deleted = 0) AS last_access,
       CASE WHEN p.id IN surname_first THEN 0 WHEN p.id IN name_first THEN 1 ELSE 2 END
         AS tier
FROM hits JOIN people AS p ON p.id = hits.person_id
WHERE p.deleted = 0 AND p.merged_into IS NULL
ORDER BY tier, last_access IS NULL, last_access DESC, p.family_name, p.given_name
LIMIT :limit
""")


@dataclass(frozen=True)
class PersonHit:
    """One line of the search results, light enough to show thousands."""

    id: str
    family_name: str | None
    given_name: str | None
    tax_code: str | None
    municipality: str | None
    last_access: date | None


def search_people(register: Register, query: str, limit: int = DEFAULT_LIMIT
                  ) -> list[PersonHit]:
    """People matching ``query``, best first, at most ``limit``; empty query, no results.

    Needs the register opened through ``desktop.services.desk`` (which builds the index).
    """
    terms = query_terms(query)
    if not terms or limit <= 0:
        return []
    first, rest = terms[0], terms[1:]
    parameters = {
        "anywhere": words_match(terms),
        "surname": _first_in(first, ("family_name", "family_compact"), rest),
        "given": _first_in(first, ("given_name",), rest),
        "limit": limit,
    }
    with register.reading() as session:
        rows = session.execute(_SEARCH, parameters).all()
    return [PersonHit(row.id, row.family_name, row.given_name, row.tax_code, row.municipality,
                      _day(row.last_access)) for row in rows]


def _first_in(first: str, columns: tuple[str, ...], rest: list[str]) -> str:
    expression = words_match([first], columns)
    return f"{expression} AND {words_match(rest)}" if rest else expression


def _day(stored: str | None) -> date | None:
    return datetime.fromisoformat(stored).date() if stored else None
