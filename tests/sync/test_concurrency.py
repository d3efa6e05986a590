"""Desks pushing at the same time as others pull: the cursor never skips a row."""

import threading

from sqlalchemy import func, select

from sync.client import sync_once
from sync.schema import Person
from tests.sync.office import SITES, add_casework


def test_a_desk_pulling_while_three_others_push_receives_every_shared_row(any_office,
                                                                          tmp_path):
    pushers = [any_office.enrol(tmp_path / site, site) for site in SITES[:3]]
    puller = any_office.enrol(tmp_path / "settimo", "settimo")
    errors, done = [], threading.Event()

    def push_rounds(desk):
        try:
            for round_number in range(6):
                add_casework(desk, people=15, tag=f"r{round_number}")
                sync_once(desk)
        except Exception as error:  # reported below
            errors.append(error)

    def pull_rounds():
        while not done.is_set():
            sync_once(puller)

    threads = [threading.Thread(target=push_rounds, args=(desk,)) for desk in pushers]
    pulling = threading.Thread(target=pull_rounds)
    pulling.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    pulling.join()
    sync_once(puller)  # one last round after the pushes: only rows not yet seen come now
    assert errors == []
    with puller.reading() as session:
        received = session.scalar(select(func.count()).select_from(Person))
    assert received == any_office.store.row_count("people") == 3 * 6 * 15
