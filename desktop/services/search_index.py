"""The people search index: an FTS5 table kept right by triggers on ``people``.

Why triggers and not sqlite-utils' ``enable_fts``: the index must stay right for ORM writes,
the importer's bulk Core inserts and rows applied by sync, on any connection, and it needs a
derived phone form (digits only, so "3331234" finds "333 1234567"). Triggers written with
built-in SQL functions only do all of that on every connection; ``enable_fts`` would need a
search-only column added to the replicated ``people`` table, which would then travel on the
wire. The index is desk-local and derived: dropping it loses nothing, and ``ensure_index``
rebuilds it whenever it is missing (a new register, or a batch migration that recreated
``people`` and so dropped its triggers). A bulk load wraps its inserts in ``bulk_load``:
per-row triggers cost more than one rebuild once a load reaches a few thousand rows.

The FTS rowid is the index's own and encodes the ranking: the day of the person's last
access in the high bits, a per-person serial in the low 32. A search then reads matches in
``rowid DESC`` order and stops after the first page instead of sorting every hit (a
two-letter query may match a third of the register). ``people_search_keys`` maps a person
to that rowid; the rowids of ``people`` itself may change on VACUUM (its key is text), so
they are never stored. The triggers test for an existing key instead of ``INSERT OR IGNORE``:
an outer upsert (rows applied by sync) overrides a trigger's conflict clause.
Triggers on ``accesses`` move a person's entry when the day of their
last access changes (an older access added later costs nothing). Only live people (not
deleted, not merged into another) are indexed.
"""

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, text

INDEX_VERSION = "4"
TOKENIZER = "unicode61 remove_diacritics 2"
_TRIGGERS = ("people_search_person_added", "people_search_person_changed",
             "people_search_person_removed", "people_search_access_added",
             "people_search_access_changed", "people_search_access_removed")
_OBJECTS = ("people_search", "people_search_keys", "people_search_keys_serial", *_TRIGGERS)


def _digits(column: str) -> str:
    """SQL for ``column`` without the separators people type in phone numbers."""
    expression = f"coalesce({column}, '')"
    for separator in (" ", "-", ".", "/", "(", ")", "+"):
        expression = f"replace({expression}, '{separator}', '')"
    return expression


def _phone_terms(row: str) -> str:
    """What a phone contributes to the index: its digits run together, the same without an
    Italian country prefix, and the groups as typed (so "1234567" alone finds it too).

    The digits come from a one-row subquery, which SQLite runs as a co-routine rather than
    inlining, so their seven ``replace()`` calls run once per person, not once per use (five).
    """
    digits = "phone.digits"
    terms = (f"{digits} || ' ' || CASE WHEN {digits} LIKE '0039%' THEN substr({digits}, 5) "
             f"WHEN {digits} LIKE '39%' AND length({digits}) > 10 THEN substr({digits}, 3) "
             f"ELSE '' END || ' ' || coalesce({row}.phone, '')")
    return f"(SELECT {terms} FROM (SELECT {_digits(f'{row}.phone')} AS digits) AS phone)"


def _compact_name(row: str) -> str:
    """The family name without apostrophes and spaces: "dangelo" finds "D'Angelo"."""
    return f"replace(replace(coalesce({row}.family_name, ''), '''', ''), ' ', '')"


def _live(row: str) -> str:
    return f"{row}.deleted = 0 AND {row}.merged_into IS NULL"


def _last_access(person_id: str) -> str:
    return (f"(SELECT max(substr(a.occurred_at, 1, 10)) FROM accesses AS a "
            f"WHERE a.person_id = {person_id} AND a.deleted = 0)")


def _search_rowid(last_access: str, serial: str) -> str:
    """Day of the last access (0: never) in the high bits, the person's serial below."""
    return f"(coalesce(CAST(julianday({last_access}) AS INTEGER), 0) << 32) | {serial}"


def _insert_entries(person_id: str | None = None) -> str:
    """Index the live people (only ``person_id`` when given) whose keys are in place.

    Entries go in rank order: FTS5 writes out its pending terms as a new segment whenever a
    rowid is lower than the previous one, so a rebuild in ``people`` order over a register
    whose last accesses do not follow it took two and a half times as long.
    """
    one_person = f"AND p.id = {person_id}" if person_id else ""
    return f"""
    INSERT INTO people_search (rowid, person_id, family_name, family_compact, given_name,
                               tax_code, phone)
    SELECT k.search_rowid, p.id, p.family_name, {_compact_name("p")}, p.given_name,
           p.tax_code, {_phone_terms("p")}
    FROM people AS p JOIN people_search_keys AS k ON k.person_id = p.id
    WHERE {_live("p")} {one_person}
    ORDER BY k.search_rowid"""


def _reindex(person_id: str) -> str:
    """Trigger statements: drop the person's entry, recompute its rank, index it if live."""
    return f"""
    DELETE FROM people_search WHERE rowid =
        (SELECT search_rowid FROM people_search_keys WHERE person_id = {person_id});
    INSERT INTO people_search_keys (person_id, serial, search_rowid)
        SELECT {person_id}, coalesce((SELECT max(serial) FROM people_search_keys), 0) + 1, 0
        WHERE EXISTS (SELECT 1 FROM people WHERE id = {person_id})
          AND NOT EXISTS (SELECT 1 FROM people_search_keys WHERE person_id = {person_id});
    UPDATE people_search_keys SET last_access = {_last_access(person_id)}
        WHERE person_id = {person_id};
    UPDATE people_search_keys SET search_rowid = {_search_rowid("last_access", "serial")}
        WHERE person_id = {person_id};
    {_insert_entries(person_id)};"""


_FORGET = """
    DELETE FROM people_search WHERE rowid =
        (SELECT search_rowid FROM people_search_keys WHERE person_id = old.id);
    DELETE FROM people_search_keys WHERE person_id = old.id;"""


def _schema() -> list[str]:
    return [
        f"""CREATE VIRTUAL TABLE people_search USING fts5(
            person_id UNINDEXED, family_name, family_compact, given_name, tax_code, phone,
            tokenize = '{TOKENIZER}', prefix = '1 2 3')""",
        """CREATE TABLE people_search_keys (
            person_id TEXT PRIMARY KEY, serial INTEGER NOT NULL,
            search_rowid INTEGER NOT NULL, last_access TEXT) WITHOUT ROWID""",
        "CREATE INDEX people_search_keys_serial ON people_search_keys (serial)",
        f"""CREATE TRIGGER people_search_person_added AFTER INSERT ON people
            BEGIN {_reindex("new.id")} END""",
        f"""CREATE TRIGGER people_search_person_changed
            AFTER UPDATE OF id, family_name, given_name, tax_code, phone, deleted, merged_into
            ON people BEGIN {_FORGET} {_reindex("new.id")} END""",
        f"CREATE TRIGGER people_search_person_removed AFTER DELETE ON people BEGIN {_FORGET} END",
        f"""CREATE TRIGGER people_search_access_added AFTER INSERT ON accesses
            WHEN new.person_id IS NOT NULL AND new.deleted = 0 AND substr(new.occurred_at, 1, 10)
                > coalesce((SELECT last_access FROM people_search_keys
                            WHERE person_id = new.person_id), '')
            BEGIN {_reindex("new.person_id")} END""",
        f"""CREATE TRIGGER people_search_access_changed
            AFTER UPDATE OF person_id, occurred_at, deleted ON accesses
            BEGIN {_reindex("old.person_id")} {_reindex("new.person_id")} END""",
        f"""CREATE TRIGGER people_search_access_removed AFTER DELETE ON accesses
            BEGIN {_reindex("old.person_id")} END""",
    ]


def _fill_statements() -> list[str]:
    """Index every live person at once (a new index over an existing register).

    The last access is looked up per person through the ``person_id`` index of ``accesses``:
    one GROUP BY over all accesses measured no faster, its result having to be joined back.
    """
    return [
        f"""INSERT INTO people_search_keys (person_id, serial, search_rowid, last_access)
            SELECT id, serial, {_search_rowid("last_access", "serial")}, last_access
            FROM (SELECT p.id, row_number() OVER (ORDER BY p.rowid) AS serial,
                         {_last_access("p.id")} AS last_access
                  FROM people AS p)""",
        _insert_entries(),
    ]


def ensure_index(connection: Connection) -> bool:
    """Make the index exist and be complete, in the caller's transaction.

    Cheap when it is already there (one look at ``sqlite_master`` and ``local_state``);
    otherwise drops whatever part is left and rebuilds from ``people``. Returns whether it
    rebuilt.
    """
    present = connection.execute(text(
        "SELECT name FROM sqlite_master WHERE name LIKE 'people\\_search%' ESCAPE '\\'"
    )).scalars().all()
    version = connection.execute(
        text("SELECT value FROM local_state WHERE key = 'search_index'")).scalar()
    if set(present) >= set(_OBJECTS) and version == INDEX_VERSION:
        return False
    _rebuild(connection)
    return True


@contextmanager
def bulk_load(connection: Connection) -> Iterator[None]:
    """Suspend index maintenance while the body writes ``people`` and ``accesses`` on
    ``connection``, then rebuild the whole index once, in the same transaction.

    The caller's transaction must roll back when the body raises (``Register.raw_writing``
    does): the dropped triggers then come back with everything else, and nothing is rebuilt.
    """
    _drop_triggers(connection)
    yield
    _rebuild(connection)


def _drop_triggers(connection: Connection) -> None:
    """Every trigger of the index, this version's or an older one's."""
    triggers = connection.execute(text(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' "
        "AND name LIKE 'people\\_search%' ESCAPE '\\'")).scalars().all()
    for name in triggers:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')


def _rebuild(connection: Connection) -> None:
    _drop_triggers(connection)
    connection.exec_driver_sql("DROP TABLE IF EXISTS people_search")
    connection.exec_driver_sql("DROP TABLE IF EXISTS people_search_keys")
    for statement in [*_schema(), *_fill_statements()]:
        connection.exec_driver_sql(statement)
    connection.execute(text("DELETE FROM local_state WHERE key = 'search_index'"))
    connection.execute(text("INSERT INTO local_state (key, value) VALUES "
                            "('search_index', :version)"), {"version": INDEX_VERSION})


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
