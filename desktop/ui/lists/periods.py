"""The periods a list or a report can be asked for, in words for people ("Quest'anno").

Plain Python, so tests and services can name the same periods the filter bar offers.
"""

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Period:
    """Whole days, both ends included; ``None`` on a side means "no limit on that side"."""

    start: date | None
    end: date | None

    def contains(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


EVERYTHING = Period(None, None)


def this_week(today: date) -> Period:
    """Monday to Sunday of the week of ``today``."""
    monday = today - timedelta(days=today.weekday())
    return Period(monday, monday + timedelta(days=6))


def this_month(today: date) -> Period:
    first = today.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return Period(first, following - timedelta(days=1))


def this_year(today: date) -> Period:
    return Period(date(today.year, 1, 1), date(today.year, 12, 31))


def last_year(today: date) -> Period:
    return Period(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))


def last_twelve_months(today: date) -> Period:
    """From the same day a year ago (the day after it) to today."""
    try:
        year_ago = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        year_ago = today.replace(year=today.year - 1, day=28)
    return Period(year_ago + timedelta(days=1), today)
