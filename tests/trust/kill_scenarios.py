"""Fault scenarios with real processes: desks and the office SIGKILLed at named points, and a
slow, throttled link that is cut mid-upload.

Each scenario builds its own office (``op-sync serve``) behind a ``FaultProxy``, injects its
faults, checks each desk file right after each kill, then runs one clean round per desk and
audits (``tests.trust.ledger``). ``rounds`` scales a scenario from the CI run to the full run;
``seed`` makes a run repeatable.
"""

import random
import time
from collections.abc import Callable
from pathlib import Path

from tests.trust.fault_proxy import FaultProxy, LinkFaults
from tests.trust.ledger import Tally, add_people, audit, check_desk_after_fault
from tests.trust.processes import DeskRun, OfficeProcess

DESK_SYNC_POINTS = ("before_send", "mid_body", "after_server_commit", "before_ack_commit",
                    "during_cursor_write", "random_time")
OFFICE_POINTS = ("mid_body", "after_server_commit", "random_time")
BYTES_PER_ROW = 150  # a floor for one pushed row (~195 measured), to aim byte offsets


class _Setup:
    """An office behind a proxy and one or two enrolled desks, torn down together."""

    def __init__(self, folder: Path, sites: tuple[str, ...], faults: LinkFaults | None = None):
        folder.mkdir(parents=True, exist_ok=True)
        self.office = OfficeProcess(folder)
        self.proxy = FaultProxy(self.office.port, faults)
        self.desks: dict[Path, list[str]] = {}
        for site in sites:
            data_dir = folder / f"desk-{site}"
            self.office.enrol_desk(data_dir, site, self.proxy.url)
            self.desks[data_dir] = []

    def clean_rounds(self, tally: Tally) -> Tally:
        self.proxy.on_upload_bytes = self.proxy.on_batch_reply = None
        for _ in range(2):  # the second round brings every desk the others' last pushes
            for data_dir in self.desks:
                DeskRun(data_dir, "sync").finish()
        return audit(self.office.engine, self.desks, tally)

    def close(self) -> None:
        self.proxy.close()
        self.office.stop()


def desk_killed_while_registering(folder: Path, rounds: int, seed: int) -> Tally:
    """Kill the desk inside a write transaction, or at a random moment between them."""
    rng, tally = random.Random(seed), Tally("desk killed while registering")
    setup = _Setup(folder, ("rho",))
    try:
        [data_dir] = setup.desks
        for number in range(rounds):
            count = rng.randint(3, 12)
            if rng.random() < 0.5:
                run = DeskRun(data_dir, "register", count=count, prefix=f"r{number}-",
                              fault=("mid_registration", rng.randint(1, count)))
            else:
                run = DeskRun(data_dir, "register", count=count, prefix=f"r{number}-")
                _kill_after_commits(run, rng.randint(1, count - 1), rng.uniform(0, 0.02))
            status = run.wait()
            tally.faults += status < 0
            setup.desks[data_dir].extend(run.committed)
            check_desk_after_fault(data_dir, setup.desks[data_dir], tally)
        return setup.clean_rounds(tally)
    finally:
        setup.close()


def _kill_after_commits(run: DeskRun, commits: int, extra_delay: float) -> None:
    deadline = time.monotonic() + 60
    while len(run.committed) < commits and run.process.poll() is None:
        if time.monotonic() > deadline:
            break
        time.sleep(0.002)
    time.sleep(extra_delay)
    run.kill()


def desk_killed_while_syncing(folder: Path, rounds: int, seed: int) -> Tally:
    """Kill a desk at each named point of a sync round, round after round."""
    rng, tally = random.Random(seed), Tally("desk killed while syncing")
    setup = _Setup(folder, ("rho", "lainate"))
    try:
        desks = list(setup.desks)
        for number in range(rounds):
            point = DESK_SYNC_POINTS[number % len(DESK_SYNC_POINTS)]
            data_dir = desks[number % 2]
            other = desks[(number + 1) % 2]
            people = rng.choice((20, 300, 1_500))
            setup.desks[data_dir] += add_people(data_dir, people, f"s{number}-")
            setup.desks[other] += add_people(other, rng.randint(1, 30), f"o{number}-")
            DeskRun(other, "sync").finish()  # gives this desk something to pull
            run = _sync_with_fault(setup, data_dir, point, 2 * people, rng,
                                   kill=lambda run: run.kill())
            if run.wait() < 0:
                tally.faults += 1
            else:
                tally.notes.append(f"round {number}: {point} did not fire")
            check_desk_after_fault(data_dir, setup.desks[data_dir], tally)
        return setup.clean_rounds(tally)
    finally:
        setup.close()


def office_killed_while_syncing(folder: Path, rounds: int, seed: int) -> Tally:
    """Kill the office mid-upload, after it committed a batch, or at a random moment; it
    comes back on the same port while the desk is still retrying."""
    rng, tally = random.Random(seed), Tally("office killed while syncing")
    setup = _Setup(folder, ("rho",))
    try:
        [data_dir] = setup.desks
        for number in range(rounds):
            point = OFFICE_POINTS[number % len(OFFICE_POINTS)]
            people = rng.choice((50, 1_200, 2_500))
            setup.desks[data_dir] += add_people(data_dir, people, f"k{number}-")
            kills_before = setup.office.kills
            run = _sync_with_fault(setup, data_dir, point, 2 * people, rng,
                                   kill=lambda _run: setup.office.restart())
            run.wait()  # it may succeed after the restart, or give up: both are fine
            setup.office.start() if not _office_up(setup) else None
            tally.faults += setup.office.kills - kills_before
            check_desk_after_fault(data_dir, setup.desks[data_dir], tally)
        return setup.clean_rounds(tally)
    finally:
        setup.close()


def _office_up(setup: _Setup) -> bool:
    process = setup.office._process
    return process is not None and process.poll() is None


def _sync_with_fault(setup: _Setup, data_dir: Path, point: str, rows: int,
                     rng: random.Random, kill: Callable[[DeskRun], None]) -> DeskRun:
    """Start a sync round whose fault fires at ``point`` (a proxy trigger, a timer, or a
    kill switch inside the worker)."""
    batches = -(-rows // 2_000)
    if point in ("before_send", "before_ack_commit", "during_cursor_write"):
        return DeskRun(data_dir, "sync", fault=(point, rng.randint(1, batches)
                                                if point != "during_cursor_write" else 1))
    holder: list[DeskRun] = []
    fire = lambda: kill(holder[0])  # noqa: E731 - the proxy calls it from its own thread
    if point == "mid_body":
        setup.proxy.on_upload_bytes = (setup.proxy.uploaded
                                       + rng.randint(1_000, rows * BYTES_PER_ROW), fire)
    elif point == "after_server_commit":
        setup.proxy.on_batch_reply = (setup.proxy._batch_replies + rng.randint(1, batches),
                                      fire)
    holder.append(DeskRun(data_dir, "sync"))
    if point == "random_time":
        time.sleep(rng.uniform(0.5, 2.0))  # the worker needs ~0.5 s to start
        fire()
    return holder[0]


def cut_link_sync(folder: Path, rounds: int, seed: int, records: int = 5_000) -> Tally:
    """A 5,000-record push over a slow, throttled link that is cut once, at a random byte:
    it completes, and re-sends at most the one batch that was travelling."""
    rng, tally = random.Random(seed), Tally("5,000 records over a cut, slow link")
    for number in range(rounds):
        faults = LinkFaults(latency=0.02, bytes_per_second=4_000_000,
                            cut_after_upload_bytes=rng.randint(10_000, records * BYTES_PER_ROW))
        setup = _Setup(folder / f"link{number}", ("rho",), faults)
        try:
            [data_dir] = setup.desks
            setup.desks[data_dir] += add_people(data_dir, records // 2, f"c{number}-")
            DeskRun(data_dir, "sync").finish()
            tally.faults += setup.proxy.cuts
            resent = setup.proxy.resent_batches()
            if resent > setup.proxy.cuts or resent > 1:
                tally.notes.append(f"round {number}: {resent} batches re-sent for "
                                   f"{setup.proxy.cuts} cut")
                tally.duplicated += resent
            tally.notes.append(f"re-sent {resent} batch(es) after {setup.proxy.cuts} cut(s)")
            setup.clean_rounds(tally)
        finally:
            setup.close()
    return tally
