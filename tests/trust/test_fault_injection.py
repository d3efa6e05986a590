"""The fault-injection suite at CI size: every scenario ends with nothing lost or doubled.

The full run is ``python -m tests.trust.run --full``; these tests are the same scenarios with
fewer rounds.
"""

import pytest

from tests.trust.scenarios import SCENARIOS

KNOWN_BUGS: dict[str, str] = {}


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[name]))
    if name in KNOWN_BUGS else name for name in SCENARIOS])
def test_after_injected_faults_no_record_is_lost_or_duplicated(name, tmp_path):
    scenario, reduced, _full = SCENARIOS[name]
    tally = scenario(tmp_path, reduced, 1)
    assert tally.faults > 0, "no fault was injected"
    assert tally.checked > 0
    assert (tally.lost, tally.duplicated) == (0, 0), tally.notes
