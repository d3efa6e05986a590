"""Validation of a staged folder, in SQL over the whole of each file at once.

Every check is one query returning the offending lines, so all problems are found in one pass
(not just the first) and a 100,000-row file is checked in well under a second. References
resolve to a row of the referenced file or to a row already in the register (copied into
the staging schema ``reg``) with that rif, or with that id (what ``op-desk export`` writes
for desk-made rows).
"""

from functools import lru_cache

from desktop.legacy.layout import (
    CHOICE,
    COUNT,
    DATE,
    DATE_RANGES,
    DATETIME,
    FILE_BY_NAME,
    FILES,
    NOUNS,
    TAX_CODE,
    THEMES,
    Column,
    LegacyFile,
)
from desktop.legacy.staging import REGISTER, Problem, Staging, problem
from sync.tax_code import check_tax_code
from sync.vocabulary import THEME_CODES
from sync.vocabulary import THEMES as THEME_TERMS

checked_tax_code = lru_cache(maxsize=65_536)(check_tax_code)
"""The check is the slow part of a person row; checking and loading share its answers."""


def register_match(value_sql: str) -> str:
    """SQL condition on register rows ``r``: ``value_sql`` is the rif of a row of the import's
    site (the ``:site`` parameter), or the id of any row. The unary ``+`` keeps SQLite from
    picking the (unselective) site index over the rif index."""
    return f"(r.rif = {value_sql} AND +r.site = :site) OR r.id = {value_sql}"


def in_register(table: str, value_sql: str) -> str:
    return f"EXISTS (SELECT 1 FROM {REGISTER}.{table} r WHERE {register_match(value_sql)})"


def find_problems(staging: Staging, site: str, *, skip_bad_rows: bool) -> list[Problem]:
    """All problems of the staged folder; with ``skip_bad_rows`` also the rows that refer to a
    bad row (they are skipped with it). Sorted by file (parents first), then line."""
    db = staging.db
    db.register_function(_tax_code_problem, name="tax_code_problem", replace=True)
    db.register_function(_unknown_themes, name="unknown_themes", replace=True)
    found = set(staging.problems)
    for legacy in FILES:
        for column in legacy.columns:
            found.update(_column_problems(staging, legacy, column, site))
        found.update(_duplicates(staging, legacy))
        found.update(_reversed_ranges(staging, legacy))
    if skip_bad_rows and found:
        found.update(_rows_referring_to_bad_rows(staging, found, site))
    return sorted(found)


LARGEST_COUNT = 999_999_999
"""Places, guests, participants: more digits are a typo (and overflow SQLite's INTEGER)."""


def _quoted(value: str) -> str:
    return f"'{value if len(value) <= 40 else value[:37] + '...'}'"


def _lines(staging: Staging, legacy: LegacyFile, condition: str, params=None,
           select: str = "") -> list[tuple]:
    sql = f"SELECT s._line{select} FROM [{legacy.stem}] s WHERE {condition}"
    return list(staging.db.execute(sql, params or {}).fetchall())


def _column_problems(staging: Staging, legacy: LegacyFile, column: Column,
                     site: str) -> list[Problem]:
    name = f"s.[{column.name}]"
    rows = []
    if column.required:
        rows += [(line, f"{column.name} is empty") for line, in
                 _lines(staging, legacy, f"{name} = ''")]
    check = _VALUE_CHECKS.get(column.kind)
    if check is not None:
        condition, params, explain = check(column, name)
        rows += [(line, explain(value, extra)) for line, value, extra in _lines(
            staging, legacy, f"{name} != '' AND {condition}", params,
            select=f", {name}, {_EXTRAS.get(column.kind, 'NULL').format(name)}")]
    if column.refers_to:
        target = FILE_BY_NAME[column.refers_to]
        condition = (f"{name} != '' AND NOT EXISTS (SELECT 1 FROM [{target.stem}] t "
                     f"WHERE t.rif = {name}) AND NOT {in_register(target.table, name)}")
        noun = NOUNS[target.name][0]
        rows += [(line, f"{column.name} {_quoted(value)} matches no row of {target.name} and "
                        f"no {noun} in the register")
                 for line, value in _lines(staging, legacy, condition, {"site": site},
                                           select=f", {name}")]
    return [problem(legacy, line, reason) for line, reason in rows]


def _canonical_date(name: str) -> str:
    """SQL: the date ``name`` holds, written back; equal to it only for a real date
    ('+0 days' makes SQLite roll 2024-02-30 over to March instead of echoing it)."""
    return f"date({name}, '+0 days')"


def _check_date(column: Column, name: str):
    # Python's dates start at year 1; SQLite also echoes year 0 and negative years.
    return (f"({_canonical_date(name)} IS NOT {name} OR {name} < '0001')", None,
            lambda value, _: f"{column.name} {_quoted(value)} is not a date (YYYY-MM-DD)")


def _check_datetime(column: Column, name: str):
    return (f"(strftime('%Y-%m-%dT%H:%M', {name}, '+0 days') IS NOT {name} "
            f"OR {name} < '0001')", None,
            lambda value, _: f"{column.name} {_quoted(value)} is not a date and time "
                             "(YYYY-MM-DDTHH:MM)")


def _check_count(column: Column, name: str):
    wanted = "a whole number" + (f" of at least {column.minimum}" if column.minimum
                                 else " (0 or more)")
    # Digits beyond an SQLite INTEGER would pass CAST (it saturates) and fail the insert.
    return (f"({name} GLOB '*[^0-9]*' OR CAST({name} AS INTEGER) < {column.minimum} "
            f"OR length(ltrim({name}, '0')) > {len(str(LARGEST_COUNT))})", None,
            lambda value, _: f"{column.name} {_quoted(value)} is not {wanted}"
            + (f" up to {LARGEST_COUNT:,}" if value.isascii() and value.isdigit() else ""))


def _check_choice(column: Column, name: str):
    known = sorted(column.choices)
    params = {f"choice{index}": code for index, code in enumerate(known)}
    placeholders = ", ".join(f":{key}" for key in params)
    return (f"lower({name}) NOT IN ({placeholders})", params,
            lambda value, _: f"{column.name} {_quoted(value)} is not one of: "
                             f"{', '.join(known)}")


def _check_themes(column: Column, name: str):
    known = ", ".join(term.code for term in THEME_TERMS)
    return (f"unknown_themes({name}) IS NOT NULL", None,
            lambda _value, unknown: f"unknown theme {unknown} in {column.name} "
                                    f"(known: {known})")


def _check_tax_code(column: Column, name: str):
    return (f"tax_code_problem({name}) IS NOT NULL", None,
            lambda value, reason: f"{column.name} {_quoted(value)} is not valid: {reason}")


_VALUE_CHECKS = {DATE: _check_date, DATETIME: _check_datetime, COUNT: _check_count,
                 CHOICE: _check_choice, THEMES: _check_themes, TAX_CODE: _check_tax_code}
_EXTRAS = {THEMES: "unknown_themes({})", TAX_CODE: "tax_code_problem({})"}
"""What the message of a failed check shows besides the value (which themes, which reason)."""


def _tax_code_problem(raw: str) -> str | None:
    check = checked_tax_code(raw)
    return None if check.valid else check.reason_en


def _unknown_themes(raw: str) -> str | None:
    unknown = [code.strip() for code in raw.split(";")
               if code.strip() and code.strip().lower() not in THEME_CODES]
    return ", ".join(_quoted(code) for code in unknown) or None


def _duplicates(staging: Staging, legacy: LegacyFile) -> list[Problem]:
    key = ("s.rif",) if legacy.has_rif else ("s.rif_attivita", "s.rif_persona")
    joined = ", ".join(key)
    same = " AND ".join(f"first.{part[2:]} = {part}" for part in key)
    sql = (f"SELECT s._line, first.line, {joined} FROM [{legacy.stem}] s JOIN "
           f"(SELECT {joined.replace('s.', '')}, min(_line) AS line FROM [{legacy.stem}] "
           f"GROUP BY {joined.replace('s.', '')} HAVING count(*) > 1) first ON {same} "
           f"WHERE s._line > first.line AND {key[0]} != ''")
    what = ("rif {2} is already used" if legacy.has_rif
            else "person {3} is already enrolled in activity {2}")
    return [problem(legacy, line, (what + " on line {1}").format(
        line, first, *(_quoted(value) for value in values)))
        for line, first, *values in staging.db.execute(sql).fetchall()]


def _reversed_ranges(staging: Staging, legacy: LegacyFile) -> list[Problem]:
    if legacy.name not in DATE_RANGES:
        return []
    first, last = DATE_RANGES[legacy.name]
    condition = (f"s.[{last}] != '' AND {_canonical_date(f's.[{first}]')} IS s.[{first}] "
                 f"AND {_canonical_date(f's.[{last}]')} IS s.[{last}] AND s.[{last}] < s.[{first}]")
    return [problem(legacy, line, f"{last} comes before {first}")
            for line, in _lines(staging, legacy, condition)]


def _rows_referring_to_bad_rows(staging: Staging, found: set[Problem],
                                site: str) -> list[Problem]:
    """Rows whose reference resolves only to a bad row: they go (and are listed) with it."""
    bad = {legacy.name: {item.line for item in found if item.file == legacy.name}
           for legacy in FILES}
    staging.db.execute("CREATE TEMP TABLE bad (file TEXT, line INTEGER, PRIMARY KEY (file, line))")
    staging.db.conn.executemany("INSERT OR IGNORE INTO bad VALUES (?, ?)",
                                [(file, line) for file, lines in bad.items() for line in lines])
    skipped = []
    for legacy in FILES:
        for column in legacy.references():
            target = FILE_BY_NAME[column.refers_to]
            name = f"s.[{column.name}]"
            rows = staging.db.execute(
                f"SELECT s._line, {name}, min(t._line) FROM [{legacy.stem}] s "
                f"JOIN [{target.stem}] t ON t.rif = {name} "
                f"WHERE s._line NOT IN (SELECT line FROM bad WHERE file = :file) "
                f"AND NOT EXISTS (SELECT 1 FROM [{target.stem}] g WHERE g.rif = {name} "
                f"AND g._line NOT IN (SELECT line FROM bad WHERE file = :target)) "
                f"AND NOT {in_register(target.table, name)} GROUP BY s._line",
                {"file": legacy.name, "target": target.name, "site": site}).fetchall()
            for line, value, target_line in rows:
                skipped.append(problem(legacy, line, (
                    f"skipped: {column.name} {_quoted(value)} refers to "
                    f"{target.name}:{target_line}, which is skipped")))
                staging.db.execute("INSERT OR IGNORE INTO bad VALUES (?, ?)",
                                   [legacy.name, line])
    return skipped
