"""Finding a person from one typed query: surname, name, codice fiscale or phone.

Every word typed must be the start of a word of the surname, name, tax code or phone
(accents, case and phone separators ignored), so "ross mar" finds Marco Rossi, "nicolo"
finds Nicolò, "RSSMRC" finds by code and "3331234" finds "333 1234567". Merged and deleted
people are never returned. Ranking, best first: the first word starts (a word of) the
surname, then it starts the given name, then anything else (code, phone); within each, the
person whose last access is most recent first, then the most recently registered.

Each tier is one FTS query read in the index's rank order (see ``search_index``) and cut at
``limit``, so the cost follows the page size, not the number of matches.
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from desktop.services.search_index import query_terms, words_match
from sync.register import Register

DEFAULT_LIMIT = 50

_TIER = text("SELECT person_id FROM people_search WHERE people_search MATCH :match "
             "ORDER BY rowid DESC LIMIT :limit")
_ROWS = text("""
    SELECT p.id, p.family_name, p.given_name, p.tax_code, p.municipality, k.last_access
    FROM people AS p JOIN people_search_keys AS k ON k.person_id = p.id
    WHERE p.id IN :ids AND p.deleted = 0 AND p.merged_into IS NULL
""").bindparams(bindparam("ids", expanding=True))


@dataclass(frozen=True)
class PersonHit:
    """One line of the search results."""

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
    with register.reading() as session:
        ranked: dict[str, None] = {}
        for match in _tiers(terms):
            for person_id in session.execute(_TIER, {"match": match, "limit": limit}).scalars():
                ranked.setdefault(person_id)
            if len(ranked) >= limit:
                break
        ids = list(ranked)[:limit]
        rows = _rows(session, ids)
    return [rows[person_id] for person_id in ids if person_id in rows]


def _tiers(terms: list[str]) -> list[str]:
    """FTS expressions from the best tier to the widest: the first word in the surname, in
    the given name, anywhere; the other words anywhere."""
    first, rest = terms[0], terms[1:]
    tail = f" AND {words_match(rest)}" if rest else ""
    return [words_match([first], ("family_name", "family_compact")) + tail,
            words_match([first], ("given_name",)) + tail,
            words_match(terms)]


def _rows(session: Session, ids: list[str]) -> dict[str, PersonHit]:
    if not ids:
        return {}
    return {row.id: PersonHit(row.id, row.family_name, row.given_name, row.tax_code,
                              row.municipality,
                              date.fromisoformat(row.last_access) if row.last_access else None)
            for row in session.execute(_ROWS, {"ids": ids})}
