"""The fault suite's scenarios and their sizes: the reduced run (CI, as pytest tests) and the
full run (``python -m tests.trust.run --full``)."""

from tests.trust.disk_scenarios import disk_faults
from tests.trust.kill_scenarios import (
    cut_link_sync,
    desk_killed_while_registering,
    desk_killed_while_syncing,
    office_killed_while_syncing,
)
from tests.trust.replay_scenarios import redelivered_batches, skewed_clocks

SCENARIOS = {
    # name: (scenario, reduced rounds, full rounds)
    "desk_registering": (desk_killed_while_registering, 4, 40),
    "desk_syncing": (desk_killed_while_syncing, 6, 36),
    "office_syncing": (office_killed_while_syncing, 3, 15),
    "cut_link": (cut_link_sync, 1, 5),
    "redelivery": (redelivered_batches, 6, 30),
    "clock_skew": (skewed_clocks, 6, 30),
    "disk": (disk_faults, 10, 200),
}
