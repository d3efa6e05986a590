"""The search index stays right whoever writes ``people``: ORM, bulk Core, sync, VACUUM."""

from datetime import date, datetime

import pytest
from sqlalchemy import insert, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from desktop.services.desk import open_desk
from desktop.services.search import search_people
from desktop.services.search_index import bulk_load, ensure_index
from sync.changes import record_changes
from sync.ids import new_id
from sync.register import Register
from sync.schema import Access, Person


def _names(desk, query: str) -> list[str]:
    return [hit.given_name for hit in search_people(desk, query)]


def _row(given_name: str, family_name: str, **extra) -> dict:
    return {"id": new_id(), "site": "rho", "hlc": "0", "deleted": False,
            "given_name": given_name, "family_name": family_name, **extra}


def test_bulk_core_inserts_and_updates_are_indexed(desk):
    rows = [_row("Anna", "Verdi", phone=None), _row("Nicolò", "Verdi", phone="02 1234 5678")]
    with desk.raw_writing() as connection:
        connection.execute(insert(Person), rows)
        record_changes(connection, [("people", row["id"]) for row in rows])
    assert sorted(_names(desk, "verdi")) == ["Anna", "Nicolò"]
    assert _names(desk, "0212345") == ["Nicolò"]
    with desk.raw_writing() as connection:
        connection.execute(update(Person).where(Person.id == rows[0]["id"])
                           .values(deleted=True))
    assert _names(desk, "verdi") == ["Nicolò"]


def _entries(connection) -> int:
    return connection.execute(text("SELECT count(*) FROM people_search")).scalar()


def test_a_bulk_load_is_indexed_once_at_its_end_in_the_same_transaction(desk, add_person):
    add_person("Verdi", "Anna")
    ugo = _row("Ugo", "Verdi")
    visit = {"id": new_id(), "site": "rho", "hlc": "0", "deleted": False, "themes": "",
             "person_id": ugo["id"], "occurred_at": datetime(2026, 3, 5, 10)}
    with desk.raw_writing() as connection:
        with bulk_load(connection):
            connection.execute(insert(Person), [ugo])
            connection.execute(insert(Access), [visit])
            assert _entries(connection) == 1, "no per-row upkeep during the load"
        assert _entries(connection) == 2
        assert ensure_index(connection) is False
    assert [(h.given_name, h.last_access) for h in search_people(desk, "verdi")] == [
        ("Ugo", date(2026, 3, 5)), ("Anna", None)]
    add_person("Verdi", "Ivo")
    assert sorted(_names(desk, "verdi")) == ["Anna", "Ivo", "Ugo"]


def test_a_failed_bulk_load_leaves_the_index_kept_by_its_triggers(desk, add_person):
    add_person("Verdi", "Anna")
    with (pytest.raises(ZeroDivisionError), desk.raw_writing() as connection,
          bulk_load(connection)):
        connection.execute(insert(Person), [_row("Ugo", "Verdi")])
        raise ZeroDivisionError
    with desk.raw_writing() as connection:
        assert ensure_index(connection) is False
    add_person("Verdi", "Ivo")
    assert sorted(_names(desk, "verdi")) == ["Anna", "Ivo"]


def test_rows_applied_by_sync_as_upserts_or_replacements_are_indexed_once(desk):
    row = _row("Anna", "Verdi")
    upsert = sqlite_insert(Person).values(row)
    upsert = upsert.on_conflict_do_update(index_elements=["id"],
                                          set_={"family_name": upsert.excluded.family_name})
    with desk.raw_writing() as connection:
        connection.execute(upsert)
        connection.execute(upsert.values({**row, "family_name": "Bianchi"}))
        connection.execute(sqlite_insert(Person).prefix_with("OR REPLACE")
                           .values({**row, "family_name": "Neri"}))
    assert _names(desk, "verdi") == [] and _names(desk, "bianchi") == []
    assert _names(desk, "neri") == ["Anna"]
    with desk.reading() as session:
        entries = session.execute(text("SELECT count(*) FROM people_search")).scalar()
    assert entries == 1


def test_opening_again_is_a_no_op_and_a_lost_index_is_rebuilt(desk, data_dir, add_person):
    add_person("Verdi", "Anna")
    with desk.raw_writing() as connection:
        assert ensure_index(connection) is False
        connection.exec_driver_sql("DROP TRIGGER people_search_person_changed")
    desk.close()
    reopened = open_desk(data_dir)
    try:
        assert _names(reopened, "verd") == ["Anna"]
        with reopened.raw_writing() as connection:
            assert ensure_index(connection) is False
    finally:
        reopened.close()


def test_a_register_made_without_the_index_gets_it_with_its_people(data_dir):
    plain = Register.create(data_dir, "rho")
    with plain.writing() as session:
        session.add(Person(given_name="Anna", family_name="Verdi"))
    plain.close()
    desk = open_desk(data_dir)
    try:
        assert _names(desk, "anna verdi") == ["Anna"]
    finally:
        desk.close()


def test_renumbered_people_rowids_do_not_confuse_the_index(desk, add_person):
    """SQLite's VACUUM may renumber the rowids of ``people`` (its key is text)."""
    first, second = add_person("Verdi", "Anna"), add_person("Bianchi", "Luca")
    with desk.raw_writing() as connection:
        connection.exec_driver_sql("UPDATE people SET rowid = rowid + 100")
    with desk.writing() as session:
        session.get(Person, second.id).given_name = "Luigi"
        session.get(Person, first.id).deleted = True
    assert _names(desk, "bianchi") == ["Luigi"] and _names(desk, "verdi") == []


def test_the_last_access_follows_inserted_moved_and_tombstoned_accesses(desk, add_person):
    anna, ugo = add_person("Verdi", "Anna"), add_person("Verdi", "Ugo")
    rows = [{"id": new_id(), "site": "rho", "hlc": "0", "deleted": False, "themes": "",
             "person_id": anna.id, "occurred_at": datetime(2026, 3, day, 10)} for day in (1, 5)]
    with desk.raw_writing() as connection:
        connection.execute(insert(Access), rows)
    assert [(h.given_name, h.last_access) for h in search_people(desk, "verdi")] == [
        ("Anna", date(2026, 3, 5)), ("Ugo", None)]
    with desk.raw_writing() as connection:
        connection.execute(update(Access).where(Access.id == rows[1]["id"])
                           .values(person_id=ugo.id))
    assert [(h.given_name, h.last_access) for h in search_people(desk, "verdi")] == [
        ("Ugo", date(2026, 3, 5)), ("Anna", date(2026, 3, 1))]
    with desk.raw_writing() as connection:
        connection.execute(update(Access).where(Access.id == rows[1]["id"]).values(deleted=True))
    assert [(h.given_name, h.last_access) for h in search_people(desk, "verdi")] == [
        ("Anna", date(2026, 3, 1)), ("Ugo", None)]


def _index_by_person(connection) -> dict[str, tuple]:
    """Each indexed person's entry, with the day part of its rank: per-person serials may
    differ between the triggers (they leave gaps) and a rebuild (it renumbers)."""
    rows = connection.execute(text(
        "SELECT s.person_id, s.rowid >> 32, s.family_name, s.family_compact, s.given_name, "
        "s.tax_code, s.phone, k.last_access FROM people_search AS s "
        "JOIN people_search_keys AS k ON k.search_rowid = s.rowid")).all()
    return {row[0]: tuple(row[1:]) for row in rows}


def test_a_rebuild_gives_the_entries_the_triggers_kept(desk):
    def person(given_name, family_name, phone=None, tax_code=None):
        return _row(given_name, family_name, phone=phone, tax_code=tax_code)

    people = [person("Anna", "D'Angelo", "+39 333 123 4567", "DNGNNA80A41F205X"),
              person("Nicolò", "De Luca", "0039-02.1234/567"),
              person("José", "Gómez", "(02) 1234 5678"), person("Zoë", "Kovač", "39 02 12"),
              person("Ugo", "Verdi"), person("Ivo", "Neri", "333 1234567"),
              person("Rosa", "Bianchi", "02-1")]
    doomed, merged, erased = (person("Elena", "Conti"), person("Luca", "Conti"),
                              person("Lia", "Conti"))
    day = [datetime(2026, 3, number, 10) for number in (1, 2, 5)]
    visits = [{"id": new_id(), "site": "rho", "hlc": "0", "deleted": deleted, "themes": "",
               "person_id": person["id"], "occurred_at": when}
              for person, when, deleted in ((people[0], day[0], False),
                                            (people[0], day[2], True),
                                            (people[1], day[1], False),
                                            (people[1], day[0], False),
                                            (doomed, day[2], False))]
    with desk.raw_writing() as connection:
        connection.execute(insert(Person), [*people, doomed, merged, erased])
        connection.execute(insert(Access), visits)
        connection.execute(update(Access).where(Access.id == visits[-1]["id"])
                           .values(person_id=people[2]["id"]))
        connection.execute(update(Person).where(Person.id == doomed["id"]).values(deleted=True))
        connection.execute(update(Person).where(Person.id == merged["id"])
                           .values(merged_into=people[3]["id"]))
        connection.exec_driver_sql(f"DELETE FROM people WHERE id = '{erased['id']}'")
        kept = _index_by_person(connection)
        with bulk_load(connection):
            pass
        assert _index_by_person(connection) == kept
    assert set(kept) == {person["id"] for person in people}
    assert kept[people[0]["id"]][0:2] == (date(2026, 3, 1).toordinal() + 1721424, "D'Angelo")
    assert kept[people[0]["id"]][5:] == (
        "393331234567 3331234567 +39 333 123 4567", "2026-03-01")
    assert kept[people[1]["id"]][2:] == ("DeLuca", "Nicolò", None,
                                         "0039021234567 021234567 0039-02.1234/567",
                                         "2026-03-02")
    assert kept[people[3]["id"]][5] == "390212  39 02 12"
    assert kept[people[4]["id"]][5:] == ("  ", None)
