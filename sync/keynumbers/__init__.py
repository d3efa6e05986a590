"""The key numbers the project reports to its funders: one definition each, computed in SQL,
rendered as JSON, CSV or PDF, frozen for reprinting, and drilled down to their rows."""

from sync.keynumbers.definitions import DEFINITIONS_VERSION, INDICATOR_IDS, INDICATORS
from sync.keynumbers.figures import ChartData, KeyNumbers
from sync.keynumbers.queries import compute
from sync.keynumbers.scope import Scope, make_scope

__all__ = ["DEFINITIONS_VERSION", "INDICATORS", "INDICATOR_IDS", "ChartData", "KeyNumbers",
           "Scope", "compute", "make_scope"]
