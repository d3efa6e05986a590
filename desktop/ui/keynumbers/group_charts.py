"""What each group's chart draws, from the very ``KeyNumbers`` the screen shows.

Accesses are drawn per month (one bar would say nothing), family requests by outcome (so the
satisfied share can be seen), every other group as its own counts side by side.
"""

from sync.keynumbers.definitions import Group, indicators_in
from sync.keynumbers.figures import KeyNumbers
from sync.vocabulary import REQUEST_STATES

_MONTHS_IT = ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic")
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS_DRAWN = 12
"""The latest months drawn for accesses, so a long period still fits its card."""


def group_bars(group: Group, numbers: KeyNumbers, language: str) -> list[tuple[str, int]]:
    charts = numbers.charts
    if group.code == "accessi" and charts is not None:
        months: dict[str, int] = {}
        for per_month in charts.accesses_by_month.values():
            for month, count in per_month.items():
                months[month] = months.get(month, 0) + count
        names = _MONTHS_IT if language == "it" else _MONTHS_EN
        return [(f"{names[int(month[5:7]) - 1]} {month[:4]}", months[month])
                for month in sorted(months)[-MONTHS_DRAWN:]]
    if group.code == "famiglia" and charts is not None:
        states = charts.request_states.get("famiglia", {})
        return [(term.label(language), states.get(term.code, 0)) for term in REQUEST_STATES]
    return [(indicator.label(language), numbers.indicators[indicator.id])
            for indicator in indicators_in(group.code) if not indicator.percent]
