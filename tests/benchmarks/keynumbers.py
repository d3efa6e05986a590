"""Benchmark of the key numbers: ``python -m tests.benchmarks.keynumbers [--accesses N]``.

Builds a central store of a million accesses (and ~500k consultations, requests, activities,
enrolments, homes, stays) over three years at four cafés straight with set-based SQL
(a recursive CTE on SQLite, generate_series on PostgreSQL), then times ``compute()`` (target
< 1 s), the PDF with its charts (target < 2 s), and a desk's local report over 100,000
accesses (target < 200 ms). Prints one table of medians, and the query plans' index use.
PostgreSQL runs when OP_TEST_POSTGRES_URL is set, in a schema dropped afterwards.
"""

import argparse
import os
import secrets
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, create_engine, text

from sync.database import create_store_engine, sqlite_url
from sync.keynumbers import compute
from sync.keynumbers.render_pdf import render_pdf
from sync.migrate import upgrade
from tests.sync.keynumbers.plans import aggregate_plans

START, END = "2023-01-01", "2025-12-31"
SITES = ("lainate", "pregnana", "rho", "settimo")
THREE_YEARS_SECONDS = 3 * 365 * 24 * 3600
KINDS = ("evento", "laboratorio_socialita", "laboratorio_comunita", "gruppo_orientamento",
         "formazione_borsa_lavoro", "educazione_finanziaria", "scuola")
NAMED_KINDS = "('gruppo_orientamento', 'formazione_borsa_lavoro', 'educazione_finanziaria')"
THEME_SETS = ("lavoro", "risparmio", "casa", "famiglia;debito", "lavoro;risparmio", "cura",
              "altro", "")
STATES = ("aperta", "soddisfatta", "non_soddisfatta", "ritirata")


def _pick(values: tuple[str, ...], expression: str) -> str:
    """A CASE choosing one of ``values`` by ``expression`` modulo their count."""
    arms = " ".join(f"WHEN {index} THEN '{value}'" for index, value in enumerate(values))
    return f"CASE ({expression}) % {len(values)} {arms} END"


class Dialect:
    """The few expressions that differ between SQLite and PostgreSQL."""

    def __init__(self, name: str) -> None:
        self.name = name

    def numbers(self, count: int) -> tuple[str, str]:
        """(WITH prefix, FROM clause) producing integers i = 0 .. count-1."""
        if self.name == "sqlite":
            return (f"WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq "
                    f"WHERE i < {count - 1}) ", "seq")
        return "", f"generate_series(0::bigint, {count - 1}) AS seq(i)"

    def moment(self, seconds: str) -> str:
        if self.name == "sqlite":
            return f"datetime('{START}', '+' || ({seconds}) || ' seconds')"
        return f"(TIMESTAMP '{START}' + ({seconds}) * INTERVAL '1 second')"

    def day(self, days: str) -> str:
        if self.name == "sqlite":
            return f"date('{START}', '+' || ({days}) || ' days')"
        return f"(DATE '{START}' + ({days})::integer)"

    def flag(self, condition: str) -> str:
        return f"({condition})" if self.name == "postgresql" else f"(CASE WHEN {condition} " \
            "THEN 1 ELSE 0 END)"


def _insert(connection, dialect: Dialect, table: str, count: int, columns: dict[str, str]):
    prefix, source = dialect.numbers(count)
    names = ", ".join(["id", "site", "hlc", "deleted", *columns])
    values = ", ".join([f"'{table[:2]}' || i", _pick(SITES, "i * 7"), "'0'",
                        dialect.flag("i % 250 = 0"), *columns.values()])
    connection.execute(text(f"{prefix}INSERT INTO {table} ({names}) "
                            f"SELECT {values} FROM {source}"
                            if dialect.name == "postgresql" else
                            f"INSERT INTO {table} ({names}) {prefix}SELECT {values} "
                            f"FROM {source}"))


def fill(engine: Engine, accesses: int) -> None:
    """A central store with ``accesses`` accesses and proportionate other records."""
    dialect = Dialect(engine.dialect.name)
    people = max(accesses // 20, 100)
    with engine.begin() as connection:
        _insert(connection, dialect, "people", people, {
            "merged_into": "CASE WHEN i % 50 = 1 THEN 'pe' || (i - 1) END"})
        _insert(connection, dialect, "accesses", accesses, {
            "occurred_at": dialect.moment(f"(i * 7919) % {THREE_YEARS_SECONDS}"),
            "themes": _pick(THEME_SETS, "i * 13"),
            "person_id": f"CASE WHEN i % 10 = 0 THEN NULL ELSE 'pe' || (i % {people}) END"})
        _insert(connection, dialect, "consultations", accesses // 2, {
            "occurred_at": dialect.moment(f"(i * 6271) % {THREE_YEARS_SECONDS}"),
            "theme": _pick(("lavoro", "risparmio", "casa", "famiglia", "debito", "cura",
                            "altro"), "i * 3"),
            "person_id": f"'pe' || (i % {people})"})
        _insert(connection, dialect, "requests", accesses // 20, {
            "kind": _pick(("famiglia", "famiglia", "casa"), "i"),
            "opened_on": dialect.day("(i * 37) % 1095"), "state": _pick(STATES, "i * 5")})
        _insert(connection, dialect, "activities", accesses // 160, {
            "kind": _pick(KINDS, "i"), "title": "'attività'",
            "starts_on": dialect.day("(i * 11) % 1095"),
            "head_count": "CASE WHEN i % 7 IN (3, 4) OR i % 13 = 0 THEN NULL "
                          "ELSE 5 + i % 40 END"})
        _insert(connection, dialect, "participations", accesses // 25, {
            "activity_id": f"'ac' || ((i % {accesses // 160 // 7}) * 7 + 3 + i % 3)",
            "person_id": f"'pe' || ((i * 31) % {people})",
            "outcome": "CASE WHEN i % 9 = 0 THEN 'assunto' END"})
        _insert(connection, dialect, "homes", 200, {
            "description": "'alloggio'", "places": "3",
            "available_from": f"CASE WHEN i % 3 = 0 THEN NULL ELSE {dialect.day('i * 5')} END",
            "available_to": f"CASE WHEN i % 4 = 0 THEN {dialect.day('i * 5 + 400')} END"})
        _insert(connection, dialect, "stays", accesses // 300, {
            "home_id": "'ho' || (i % 200)", "guests": "1 + i % 4",
            "start_on": dialect.day("(i * 17) % 1095")})


def timed(label: str, action: Callable[[], object], runs: int, target: float) -> None:
    """Run ``action`` ``runs`` times after one warm-up, print median, min and max."""
    action()  # warm the cache, as a report is rarely the first read of the day
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    median = statistics.median(times)
    print(f"{label:<44} {median * 1000:>8.0f} {min(times) * 1000:>7.0f} "
          f"{max(times) * 1000:>7.0f} {target * 1000:>7.0f}  {'yes' if median < target else 'NO'}",
          flush=True)


def measure(label: str, engine: Engine, runs: int) -> None:
    timed(f"{label}: compute()", lambda: compute(engine, START, END), runs, 1.0)
    timed(f"{label}: compute(with charts) + PDF",
          lambda: render_pdf(compute(engine, START, END, with_charts=True)), max(3, runs // 2),
          2.0)


def sqlite_office(folder: Path, accesses: int) -> Engine:
    engine = create_store_engine(sqlite_url(folder / "central.sqlite3"), durable=False)
    upgrade(engine)
    fill(engine, accesses)
    return engine


def desk_register(folder: Path, accesses: int) -> Engine:
    """A Rho desk's register: its own accesses plus shared rows from every café."""
    from desktop.services.desk import create_desk

    register = create_desk(folder / "desk", "rho")
    fill(register.engine, accesses)
    with register.engine.begin() as connection:  # a desk holds only its own site's casework
        for table in ("accesses", "consultations", "requests"):
            connection.execute(text(f"UPDATE {table} SET site = 'rho'"))
    return register.engine


def postgres_office(url: str, accesses: int) -> tuple[Engine, Callable[[], None]]:
    schema = f"bench_{secrets.token_hex(4)}"
    admin = create_engine(url)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = create_engine(url, connect_args={"options": f"-csearch_path={schema}"})

    def drop() -> None:
        engine.dispose()
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    try:
        upgrade(engine)
        fill(engine, accesses)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ANALYZE"))
    except BaseException:
        drop()
        raise
    return engine, drop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accesses", type=int, default=1_000_000)
    parser.add_argument("--desk-accesses", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    plans: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        began = time.perf_counter()
        office = sqlite_office(Path(folder), options.accesses)
        print(f"SQLite office store: {options.accesses:,} accesses, filled in "
              f"{time.perf_counter() - began:.1f} s")
        desk = desk_register(Path(folder), options.desk_accesses)
        url = os.environ.get("OP_TEST_POSTGRES_URL")
        postgres = None
        if url:
            began = time.perf_counter()
            postgres = postgres_office(url, options.accesses)
            print(f"PostgreSQL office store filled in {time.perf_counter() - began:.1f} s")
        else:
            print("OP_TEST_POSTGRES_URL is not set: PostgreSQL skipped")

        print(f"\n{'measure (ms)':<44} {'median':>8} {'min':>7} {'max':>7} {'target':>7}  ok")
        measure("SQLite office", office, options.runs)
        plans += [f"sqlite      {table:<14} {plan}"
                  for table, plan in aggregate_plans(office, START, END)]
        office.dispose()
        timed(f"desk ({options.desk_accesses:,} accesses): compute()",
              lambda: compute(desk, START, END, ["rho"]), options.runs, 0.2)
        desk.dispose()
        if postgres:
            engine, drop = postgres
            try:
                measure("PostgreSQL office", engine, options.runs)
                plans += [f"postgresql  {table:<14} {plan}"
                          for table, plan in aggregate_plans(engine, START, END)]
            finally:
                drop()

    print("\nquery plans of the aggregates over the big tables:")
    for plan in plans:
        print("  " + plan)


if __name__ == "__main__":
    main()
