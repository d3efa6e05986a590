"""The people search index: an FTS5 table kept right by triggers on ``people``.

Why triggers and not sqlite-utils' ``enable_fts``: the index must stay right for ORM writes,
the importer's bulk Core inserts and rows applied by sync, on any connection, and it needs a
derived phone form (digits only, so "3331234" finds "333 1234567"). Triggers written with
built-in SQL functions only do all of that on every connection; ``enable_fts`` would need a
search-only column added to the replicated ``people`` table, which would then travel on the
wire. The index is desk-local and derived: dropping it loses nothing, and ``ensure_index``
rebuilds it whenever it is missing (a new register, or a batch migration that recreated
``people`` and so dropped its triggers).

The FTS rowid is the index's own, mapped to the person id in ``people_search_keys``: the
rowids of ``people`` itself may change on VACUUM (its key is a text id), so they are never
stored. Only live people (not deleted, not merged into another) are indexed.
"""

import re
import unicodedata

from sqlalchemy import Connection, text

INDEX_VERSION = "1"
TOKENIZER = "unicode61 remove_diacritics 2"
_OBJECTS = ("people_search", "people_search_keys", "people_search_after_insert",
            "people_search_after_update", "people_search_after_delete")


def _digits(column: str) -> str:
    """SQL for ``column`` without the separators people type in phone numbers."""
    expression = f"coalesce({column}, '')"
    for separator in (" ", "-", ".", "/", "(", ")", "+"):
        expression = f"replace({expression}, '{separator}', '')"
    return expression


def _phone_terms(row: str) -> str:
    """What a phone contributes to the index: its digits run together, the same without an
    Italian country prefix, and the groups as typed (so "1234567" alone finds it too)."""
    digits = _digits(f"{row}.phone")
    return (f"{digits} || ' ' || CASE WHEN {digits} LIKE '0039%' THEN substr({digits}, 5) "
            f"WHEN {digits} LIKE '39%' AND length({digits}) > 10 THEN substr({digits}, 3) "
            f"ELSE '' END || ' ' || coalesce({row}.phone, '')")


def _compact_name(row: str) -> str:
    """The family name without apostrophes and spaces: "dangelo" finds "D'Angelo"."""
    return f"replace(replace(coalesce({row}.family_name, ''), '''', ''), ' ', '')"


def _indexed_values(row: str) -> str:
    return (f"{row}.id, {row}.family_name, {_compact_name(row)}, {row}.given_name, "
            f"{row}.tax_code, {_phone_terms(row)}")


def _live(row: str) -> str:
    return f"{row}.deleted = 0 AND {row}.merged_into IS NULL"


def _reindex_statements(row: str) -> str:
    """Trigger body: forget the person's old entry, then index the row if it is live."""
    return f"""
    DELETE FROM people_search WHERE rowid =
        (SELECT search_rowid FROM people_search_keys WHERE person_id = {row}.id);
    DELETE FROM people_search_keys WHERE person_id = {row}.id;
    INSERT INTO people_search (person_id, family_name, family_compact, given_name, tax_code,
                               phone)
        SELECT {_indexed_values(row)} WHERE {_live(row)};
    INSERT INTO people_search_keys (person_id, search_rowid)
        SELECT {row}.id, last_insert_rowid() WHERE {_live(row)};"""


def _schema() -> list[str]:
    return [
        f"""CREATE VIRTUAL TABLE people_search USING fts5(
            person_id UNINDEXED, family_name, family_compact, given_name, tax_code, phone,
            tokenize = '{TOKENIZER}', prefix = '1 2 3')""",
        """CREATE TABLE people_search_keys (
            person_id TEXT PRIMARY KEY, search_rowid INTEGER NOT NULL) WITHOUT ROWID""",
        f"""CREATE TRIGGER people_search_after_insert AFTER INSERT ON people
            BEGIN {_reindex_statements("new")} END""",
        f"""CREATE TRIGGER people_search_after_update
            AFTER UPDATE OF id, family_name, given_name, tax_code, phone, deleted, merged_into
            ON people BEGIN {_reindex_statements("new")} END""",
        """CREATE TRIGGER people_search_after_delete AFTER DELETE ON people BEGIN
            DELETE FROM people_search WHERE rowid =
                (SELECT search_rowid FROM people_search_keys WHERE person_id = old.id);
            DELETE FROM people_search_keys WHERE person_id = old.id;
        END""",
    ]


def _fill_statements() -> list[str]:
    """Index every live person at once (a new index over an existing register)."""
    return [
        f"""INSERT INTO people_search (rowid, person_id, family_name, family_compact,
                                       given_name, tax_code, phone)
            SELECT p.rowid, {_indexed_values("p")} FROM people AS p WHERE {_live("p")}""",
        """INSERT INTO people_search_keys (person_id, search_rowid)
            SELECT person_id, rowid FROM people_search""",
    ]


def ensure_index(connection: Connection) -> bool:
    """Make the index exist and be complete, in the caller's transaction.

    Cheap when it is already there (one look at ``sqlite_master`` and ``local_state``);
    otherwise drops whatever part is left and rebuilds from ``people``. Returns whether it
    rebuilt.
    """
    present = set(connection.execute(
        text("SELECT name FROM sqlite_master WHERE name LIKE 'people\\_search%' ESCAPE '\\'")
    ).scalars())
    version = connection.execute(
        text("SELECT value FROM local_state WHERE key = 'search_index'")).scalar()
    if present.issuperset(_OBJECTS) and version == INDEX_VERSION:
        return False
    for name in ("people_search_after_insert", "people_search_after_update",
                 "people_search_after_delete"):
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    connection.exec_driver_sql("DROP TABLE IF EXISTS people_search")
    connection.exec_driver_sql("DROP TABLE IF EXISTS people_search_keys")
    for statement in [*_schema(), *_fill_statements()]:
        connection.exec_driver_sql(statement)
    connection.execute(text("DELETE FROM local_state WHERE key = 'search_index'"))
    connection.execute(text("INSERT INTO local_state (key, value) VALUES "
                            "('search_index', :version)"), {"version": INDEX_VERSION})
    return True


def fold(value: str | None) -> str:
    """A name as the index compares it: no accents, no case, no punctuation or spaces."""
    decomposed = unicodedata.normalize("NFKD", value or "")
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return "".join(char for char in bare.casefold() if char.isalnum())


def query_terms(query: str) -> list[str]:
    """The words of a typed query, split where the index's tokenizer splits them."""
    return [term for term in re.split(r"[\W_]+", query or "") if term]


def words_match(terms: list[str], columns: tuple[str, ...] = (),
                prefix: bool = True) -> str:
    """An FTS5 expression matching rows that have every term as a word (or, with
    ``prefix``, the start of a word), in ``columns`` when given. Terms are quoted, so
    nothing typed is read as query syntax."""
    scope = "{" + " ".join(columns) + "} : " if columns else ""
    star = "*" if prefix else ""
    return " AND ".join(f'{scope}"{term}"{star}' for term in terms)
