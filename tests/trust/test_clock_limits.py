"""A desk that has seen a stamp from a clock a year ahead keeps issuing valid stamps."""

from sync.clock import HybridLogicalClock, format_stamp, is_stamp, wall_millis

YEAR = 365 * 24 * 3_600_000


def test_the_counter_never_outgrows_its_width_after_a_far_future_stamp():
    clock = HybridLogicalClock("rho.aaaaaa")
    ahead = format_stamp(wall_millis() + YEAR, 999_998, "pregnana.bbbbbb")
    clock.observe(ahead)
    stamps = [clock.now() for _ in range(3)]
    assert all(is_stamp(stamp) for stamp in stamps), stamps
    assert ahead < stamps[0] < stamps[1] < stamps[2]
