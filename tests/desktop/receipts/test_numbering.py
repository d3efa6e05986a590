"""Receipt numbers: unique, gap-free per site and year, never reused, made offline."""

import subprocess
import sys
import textwrap
import threading
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.receipts.content import prepare_receipt, record_copy
from desktop.receipts.numbering import format_number, issue_receipt
from sync.errors import NotFound
from sync.register import Register
from sync.schema import Access, Receipt
from tests.desktop.receipts.conftest import new_access

ROOT = Path(__file__).resolve().parents[3]


def _numbers(register) -> list[str]:
    with register.reading() as session:
        return list(session.scalars(select(Receipt.number).order_by(Receipt.sequence)))


def test_number_carries_site_prefix_year_and_six_digit_sequence():
    assert format_number("rho", 2026, 123) == "RHO-2026-000123"
    assert format_number("pregnana", 2027, 1) == "PRE-2027-000001"


def test_first_receipts_are_numbered_one_after_the_other(register):
    year = datetime.now().year
    numbers = [prepare_receipt(register, new_access(register)).number for _ in range(3)]
    assert numbers == [f"RHO-{year}-{n:06d}" for n in (1, 2, 3)]


def test_an_access_keeps_its_number_and_a_later_print_is_a_duplicate(register, access):
    first = prepare_receipt(register, access.id)
    assert not first.duplicate
    assert record_copy(register, first.receipt_id) == 1
    again = prepare_receipt(register, access.id)
    assert (again.number, again.duplicate) == (first.number, True)
    assert _numbers(register) == [first.number]


def test_sequence_starts_again_each_year(register):
    issued = [(new_access(register), year) for year in (2025, 2025, 2026)]
    with register.writing() as session:
        numbers = [issue_receipt(session, session.get(Access, access_id), None,
                                 datetime(year, 12, 31, 23, 0)).number
                   for access_id, year in issued]
    assert numbers == ["RHO-2025-000001", "RHO-2025-000002", "RHO-2026-000001"]


def test_a_tombstoned_receipt_number_is_never_reused(register):
    first = prepare_receipt(register, new_access(register))
    with register.writing() as session:
        session.get(Receipt, first.receipt_id).deleted = True
    second = prepare_receipt(register, new_access(register))
    assert second.number.endswith("-000002")


def test_an_unknown_access_is_refused_in_a_sentence_and_consumes_no_number(register):
    with pytest.raises(NotFound, match="no access 'nope'"):
        prepare_receipt(register, "nope")
    assert prepare_receipt(register, new_access(register)).number.endswith("-000001")


def test_a_failure_before_commit_consumes_no_number(register):
    access_id = new_access(register)
    with pytest.raises(RuntimeError), register.writing() as session:
        issue_receipt(session, session.get(Access, access_id), None)
        raise RuntimeError("the window crashed before commit")
    assert _numbers(register) == []
    assert prepare_receipt(register, access_id).number.endswith("-000001")


def test_a_process_killed_between_numbering_and_commit_leaves_no_gap(register, data_dir):
    taken = prepare_receipt(register, new_access(register)).number
    access_id = new_access(register)
    script = textwrap.dedent(f"""
        import os
        from pathlib import Path
        from desktop.receipts.numbering import issue_receipt
        from sync.register import Register
        from sync.schema import Access
        register = Register.open(Path({str(data_dir)!r}))
        with register.writing() as session:
            receipt = issue_receipt(session, session.get(Access, {access_id!r}), None)
            print(receipt.number, flush=True)
            os._exit(9)  # power cut: no commit, no rollback, no clean-up
    """)
    crashed = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                             text=True, timeout=60)
    assert crashed.returncode == 9, crashed.stderr
    assert crashed.stdout.strip().endswith("-000002")
    assert register.integrity_ok()
    assert _numbers(register) == [taken]
    assert prepare_receipt(register, access_id).number.endswith("-000002")


def test_two_windows_issuing_at_once_get_unique_gap_free_numbers(register, data_dir):
    """Two registers on the same file (as two windows or processes would have), two threads
    each, all numbering at the same moment."""
    other = Register.open(data_dir)
    access_ids = [new_access(register) for _ in range(40)]
    start = threading.Barrier(4)
    errors = []

    def issue(opened, ids):
        start.wait()
        try:
            for access_id in ids:
                prepare_receipt(opened, access_id)
        except Exception as error:  # reported below, never lost in a thread
            errors.append(error)

    threads = [threading.Thread(target=issue, args=(opened, access_ids[n::4]))
               for n, opened in enumerate((register, register, other, other))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    other.close()
    assert errors == []
    with register.reading() as session:
        rows = session.execute(select(Receipt.sequence, Receipt.number, Receipt.access_id))
        sequences, numbers, accesses = zip(*rows.all(), strict=True)
    assert sorted(sequences) == list(range(1, 41))
    assert len(set(numbers)) == 40
    assert sorted(accesses) == sorted(access_ids)
