"""The office reads a pushed batch whole: every value checked and converted, or a named refusal."""

from datetime import date, datetime

import pytest

from sync.protocol import push_columns
from sync.server.batches import BadBatch, TooManyRows, parse_batch

PERSON = "0b3e7c1a-5f2d-4e8a-9c6b-1d2e3f4a5b6c"
OTHER = "1c4f8d2b-6a3e-4f9b-8d7c-2e3f4a5b6c7d"
STAMP = "000001700000000-000000-desk-a"


def person(**changes):
    """A valid pushed ``people`` row as a dict of wire values."""
    row = dict.fromkeys(push_columns("people"))
    row.update(id=PERSON, given_name="Marco", family_name="Rossi", birth_date="1980-12-31",
               erased_at="2024-01-02T09:30", site="rho", hlc=STAMP, deleted=False)
    row.update(changes)
    return row


def access(**changes):
    row = dict.fromkeys(push_columns("accesses"))
    row.update(id=OTHER, occurred_at="2024-01-02 09:30:15", themes="lavoro;casa",
               notes="nota", site="rho", hlc=STAMP, deleted=False)
    row.update(changes)
    return row


def home(**changes):
    row = dict.fromkeys(push_columns("homes"))
    row.update(id=PERSON, description="Bilocale", places=2, site="rho", hlc=STAMP,
               deleted=False)
    row.update(changes)
    return row


def block(table, rows, columns=None):
    columns = list(columns or push_columns(table))
    return {"table": table, "columns": columns,
            "rows": [[row[name] for name in columns] for row in rows]}


def batch(*blocks):
    return {"batch_id": "b-1", "changes": list(blocks)}


def refusal(message) -> str:
    with pytest.raises(BadBatch) as refused:
        parse_batch(message, 10_000)
    return str(refused.value)


def test_values_come_back_converted_in_push_column_order_whatever_the_sent_order():
    sent = list(reversed(push_columns("people")))
    parsed = parse_batch(batch(block("people", [person(), person(id=OTHER)], sent)), 10_000)
    first, second = parsed.rows["people"]
    values = dict(zip(push_columns("people"), first, strict=True))
    assert values["id"] == PERSON and second[0] == OTHER
    assert values["birth_date"] == date(1980, 12, 31)
    assert values["erased_at"] == datetime(2024, 1, 2, 9, 30)
    assert values["deleted"] is False and values["tax_code"] is None
    assert values["base_hlc"] is None


def test_a_column_mixing_empty_and_present_values_keeps_each_in_its_row():
    rows = [access(id=PERSON, next_appointment="2024-02-01T10:00"), access()]
    parsed = parse_batch(batch(block("accesses", rows)), 10_000)
    column = push_columns("accesses").index("next_appointment")
    assert [row[column] for row in parsed.rows["accesses"]] == \
        [datetime(2024, 2, 1, 10, 0), None]


def test_an_empty_block_and_an_empty_theme_list_are_accepted():
    parsed = parse_batch(batch(block("people", []), block("accesses", [access(themes="")])),
                         10_000)
    assert parsed.rows["people"] == [] and len(parsed.rows["accesses"]) == 1


def test_a_stamp_the_clock_accepts_is_accepted_even_in_an_unusual_spelling():
    unusual = "+00001700000000-000001-desk\n-b"
    parsed = parse_batch(batch(block("people", [person(hlc=unusual, base_hlc=STAMP)])),
                         10_000)
    assert list(parsed.rows["people"][0][-3:]) == [unusual, False, STAMP]


@pytest.mark.parametrize(("table", "row", "message"), [
    ("people", person(given_name="nul\x00byte"),
     "Row 1 of 'people', column 'given_name': contains a NUL character."),
    ("people", person(given_name="x" * 101),
     "Row 1 of 'people', column 'given_name': longer than 100 characters."),
    ("people", person(given_name=7),
     "Row 1 of 'people', column 'given_name': expected text."),
    ("people", person(base_hlc="yesterday"),
     "Row 1 of 'people', column 'base_hlc': expected a clock stamp."),
    ("people", person(hlc="0" * 15 + "-" + "0" * 6 + "-" + "n" * 27),
     "Row 1 of 'people', column 'hlc': expected a clock stamp."),
    ("people", person(hlc=None),
     "Row 1 of 'people', column 'hlc': may not be empty."),
    ("people", person(deleted=1),
     "Row 1 of 'people', column 'deleted': expected true or false."),
    ("homes", home(places=True),
     "Row 1 of 'homes', column 'places': expected a whole number."),
    ("homes", home(places=2**31),
     "Row 1 of 'homes', column 'places': expected a whole number."),
    ("homes", home(places=2.0),
     "Row 1 of 'homes', column 'places': expected a whole number."),
    ("people", person(birth_date="1980-1-31"),
     "Row 1 of 'people', column 'birth_date': expected a date YYYY-MM-DD."),
    ("people", person(birth_date="1980-02-30"),
     "Row 1 of 'people', column 'birth_date': day is out of range for month."),
    ("people", person(erased_at="2024-01-02"),
     "Row 1 of 'people', column 'erased_at': expected a local time YYYY-MM-DDTHH:MM[:SS]."),
    ("people", person(erased_at="2024-01-02T25:00"),
     "Row 1 of 'people', column 'erased_at': hour must be in 0..23."),
    ("people", person(id="not-a-uuid"),
     "Row 1 of 'people', column 'id': expected a UUID."),
    ("people", person(id=PERSON + "\n" + OTHER),
     "Row 1 of 'people', column 'id': expected a UUID."),
    ("people", person(site="mars"),
     "Row 1 of 'people', column 'site': unknown site."),
    ("people", person(site=["rho"]),
     "Row 1 of 'people', column 'site': unhashable type: 'list'."),
    ("accesses", access(themes="lavoro;;casa"),
     "Row 1 of 'accesses', column 'themes': themes must be among "
     "altro, casa, cura, debito, famiglia, lavoro, risparmio."),
    ("accesses", access(themes=None),
     "Row 1 of 'accesses', column 'themes': may not be empty."),
])
def test_a_bad_value_is_refused_with_its_row_column_and_reason(table, row, message):
    assert refusal(batch(block(table, [row]))) == message


def test_the_first_bad_row_is_named_and_in_it_the_first_bad_column():
    rows = [person(), person(id=OTHER, family_name=7, given_name="x" * 101),
            person(id="bad", hlc="bad")]
    assert refusal(batch(block("people", rows))) == \
        "Row 2 of 'people', column 'given_name': longer than 100 characters."


def test_a_repeated_id_is_named_at_the_row_that_repeats_it():
    rows = [person(), person(id=OTHER), person(), person(id="bad")]
    assert refusal(batch(block("people", rows))) == \
        f"Row 3 of 'people' repeats id {PERSON}."


def test_a_bad_value_before_a_repeated_id_is_reported_first():
    rows = [person(), person(id=OTHER, deleted=None), person()]
    assert refusal(batch(block("people", rows))) == \
        "Row 2 of 'people', column 'deleted': may not be empty."


def test_a_bad_value_in_a_row_that_also_repeats_an_id_is_reported_as_the_value():
    rows = [person(), person(deleted=None)]
    assert refusal(batch(block("people", rows))) == \
        "Row 2 of 'people', column 'deleted': may not be empty."


def test_a_misshapen_row_is_named_after_the_rows_before_it_are_checked():
    good = block("people", [person(), person(id=OTHER)])
    assert refusal(batch({**good, "rows": [*good["rows"], [1, 2]]})) == \
        "Row 3 of 'people' must be a list of 20 values."
    assert refusal(batch({**good, "rows": [good["rows"][0], "row", [1]]})) == \
        "Row 2 of 'people' must be a list of 20 values."
    bad_first = block("people", [person(deleted="no"), person(id=OTHER)])
    assert refusal(batch({**bad_first, "rows": [*bad_first["rows"], None]})) == \
        "Row 1 of 'people', column 'deleted': expected true or false."
    repeated = block("people", [person(), person()])
    assert refusal(batch({**repeated, "rows": [*repeated["rows"], {}]})) == \
        f"Row 2 of 'people' repeats id {PERSON}."


def test_blocks_are_checked_in_the_order_sent():
    message = batch(block("accesses", [access(site="mars")]),
                    block("people", [person(site="mars")]))
    assert refusal(message) == "Row 1 of 'accesses', column 'site': unknown site."


def test_a_batch_over_the_row_limit_is_refused_before_any_value_is_read():
    with pytest.raises(TooManyRows):
        parse_batch(batch(block("people", [person(site="mars")] * 3)), 2)
