"""The narrow read of request figures gives exactly what the full key numbers give."""

from sync.keynumbers import compute
from sync.keynumbers.queries import half_up_percent, requests_opened_and_satisfied


def test_request_figures_alone_equal_the_key_numbers(build, store):
    for kind, opened_on, state, site in (
            ("famiglia", "2026-03-01", "soddisfatta", "rho"),
            ("famiglia", "2026-03-31", "soddisfatta", "rho"),
            ("famiglia", "2026-03-15", "aperta", "rho"),
            ("famiglia", "2026-03-15", "soddisfatta", "lainate"),
            ("famiglia", "2026-04-01", "soddisfatta", "rho"),  # after the period
            ("casa", "2026-03-02", "soddisfatta", "rho"),
            ("casa", "2026-03-03", "ritirata", "rho")):
        build.request(kind, opened_on, state, site=site)
    build.request("famiglia", "2026-03-04", "soddisfatta", deleted=True)
    for sites in (["rho"], ["rho", "lainate"], None):
        figures = requests_opened_and_satisfied(store, "2026-03-01", "2026-03-31", sites)
        indicators = compute(store, "2026-03-01", "2026-03-31", sites).indicators
        (family, family_ok), (housing, _housing_ok) = figures["famiglia"], figures["casa"]
        assert family == indicators["family_requests"]
        assert housing == indicators["housing_requests"] == 2
        assert half_up_percent(family_ok, family) == indicators["family_requests_satisfied_pct"]
    assert requests_opened_and_satisfied(store, "2026-03-01", "2026-03-31", ["rho"]) == {
        "casa": (2, 1), "famiglia": (3, 2)}
