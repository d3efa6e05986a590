"""What a report covers: a period of whole days, both ends included, and a set of sites.

Everything a person types (dates, site codes) is checked here once, with one sentence that
says what to type instead.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sync.errors import InvalidInput
from sync.vocabulary import sites as known_sites


@dataclass(frozen=True)
class Scope:
    start: date
    end: date
    sites: tuple[str, ...]

    @property
    def first_moment(self) -> datetime:
        return datetime.combine(self.start, time.min)

    @property
    def moment_after(self) -> datetime:
        """Midnight after the last day: a time counts when it is before this (23:59 does)."""
        return datetime.combine(self.end + timedelta(days=1), time.min)


def parse_day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except (AttributeError, ValueError):
        raise InvalidInput(f"{option} '{text}' is not a date: write it as YYYY-MM-DD, "
                           "for example 2026-01-31.") from None


def make_scope(start: date | str, end: date | str,
               sites: Iterable[str] | None = None) -> Scope:
    """A checked scope; ``sites=None`` means all four cafés."""
    first = start if isinstance(start, date) else parse_day(start, "--from")
    last = end if isinstance(end, date) else parse_day(end, "--to")
    if first > last:
        raise InvalidInput(f"The period starts ({first}) after it ends ({last}): "
                           "swap --from and --to.")
    chosen = tuple(sorted(known_sites())) if sites is None else tuple(
        sorted({site.strip().lower() for site in sites}))
    unknown = [site for site in chosen if site not in known_sites()]
    if unknown or not chosen:
        names = ", ".join(sorted(known_sites()))
        raise InvalidInput(f"Unknown site '{', '.join(unknown)}': choose one of {names}.")
    return Scope(first, last, chosen)
