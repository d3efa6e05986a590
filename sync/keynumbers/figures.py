"""The key numbers of one scope, and their one JSON-ready shape.

``as_dict()`` is what the JSON renderer prints and what a frozen report stores (its canonical
form is checksummed), and ``from_dict()`` reads it back: the figures a funder received can be
reprinted from it alone.
"""

from dataclasses import dataclass, field
from datetime import date, datetime

from sync.keynumbers.definitions import DEFINITIONS_VERSION, INDICATOR_IDS


@dataclass
class ChartData:
    """What the PDF's charts draw, aggregated in the database like the numbers."""

    accesses_by_month: dict[str, dict[str, int]] = field(default_factory=dict)
    """site -> "YYYY-MM" -> accesses."""
    access_themes: dict[str, int] = field(default_factory=dict)
    request_states: dict[str, dict[str, int]] = field(default_factory=dict)
    """request kind -> state -> requests opened in the period."""


@dataclass
class KeyNumbers:
    start: date
    end: date
    sites: tuple[str, ...]
    indicators: dict[str, int]
    by_site: dict[str, dict[str, int]]
    generated_at: datetime
    definitions_version: str = DEFINITIONS_VERSION
    charts: ChartData | None = None

    def as_dict(self) -> dict:
        shape = {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "sites": list(self.sites),
            "indicators": dict(self.indicators),
            "by_site": {site: dict(values) for site, values in self.by_site.items()},
            "definitions_version": self.definitions_version,
            "generated_at": self.generated_at.isoformat(timespec="seconds"),
        }
        if self.charts is not None:
            shape["charts"] = {
                "accesses_by_month": self.charts.accesses_by_month,
                "access_themes": self.charts.access_themes,
                "request_states": self.charts.request_states,
            }
        return shape

    @classmethod
    def from_dict(cls, shape: dict) -> "KeyNumbers":
        charts = shape.get("charts")
        return cls(
            start=date.fromisoformat(shape["from"]),
            end=date.fromisoformat(shape["to"]),
            sites=tuple(shape["sites"]),
            indicators=_in_contract_order(shape["indicators"]),
            by_site={site: _in_contract_order(shape["by_site"][site]) for site in shape["sites"]},
            generated_at=datetime.fromisoformat(shape["generated_at"]),
            definitions_version=shape["definitions_version"],
            charts=ChartData(**charts) if charts is not None else None,
        )


def _in_contract_order(values: dict[str, int]) -> dict[str, int]:
    """Indicators in the contract's order (canonical JSON sorts them), unknown ones last."""
    return {key: values[key] for key in sorted(
        values, key=lambda key: (INDICATOR_IDS.index(key) if key in INDICATOR_IDS
                                 else len(INDICATOR_IDS), key))}
