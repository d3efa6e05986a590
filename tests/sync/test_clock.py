"""Hybrid logical clock: monotonic under a wall clock that stalls or steps back."""

from sync.clock import HybridLogicalClock, is_stamp, parse_stamp


def test_stamps_never_go_backwards_when_the_wall_clock_steps_back():
    wall = iter([5_000, 5_000, 1_000, 7_000])
    clock = HybridLogicalClock("rho.a", wall=lambda: next(wall))
    stamps = [clock.now() for _ in range(4)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 4


def test_after_observing_a_future_stamp_local_stamps_sort_after_it():
    clock = HybridLogicalClock("rho.a", wall=lambda: 1_000)
    remote = HybridLogicalClock("lainate.b", wall=lambda: 86_400_000).now()
    clock.observe(remote)
    assert clock.now() > remote


def test_ties_on_time_are_broken_by_node_name():
    a = HybridLogicalClock("a", wall=lambda: 1).now()
    b = HybridLogicalClock("b", wall=lambda: 1).now()
    assert a < b and parse_stamp(b)[2] == "b"


def test_malformed_stamps_are_recognised():
    assert not is_stamp("yesterday") and not is_stamp(None) and not is_stamp("1-2-x")
