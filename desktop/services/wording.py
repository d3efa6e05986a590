"""Moments said the way people say them at the desk: "stanotte alle 02:10", "ieri alle 18:05".

Plain Python (no Qt) so the status line, the CLI and tests share one wording. The night runs
from midnight to six in the morning: a sync at 02:10 happened "stanotte", not "oggi".
"""

from datetime import datetime, timedelta

_NIGHT_ENDS_AT = 6

_PHRASES = {
    "it": {
        "never": "mai",
        "night": "stanotte alle {time}",
        "today": "oggi alle {time}",
        "yesterday": "ieri alle {time}",
        "this_year": "il {day:%d/%m} alle {time}",
        "older": "il {day:%d/%m/%Y}",
    },
    "en": {
        "never": "never",
        "night": "last night at {time}",
        "today": "today at {time}",
        "yesterday": "yesterday at {time}",
        "this_year": "on {day:%d/%m} at {time}",
        "older": "on {day:%d/%m/%Y}",
    },
}


def moment_in_words(moment: datetime | None, now: datetime, language: str = "it") -> str:
    """``moment`` relative to ``now`` in words, in ``language`` (Italian unless "en")."""
    phrases = _PHRASES["en" if language == "en" else "it"]
    if moment is None:
        return phrases["never"]
    day = moment.date()
    time = f"{moment:%H:%M}"
    if day == now.date():
        key = "night" if moment.hour < _NIGHT_ENDS_AT else "today"
    elif day == now.date() - timedelta(days=1):
        key = "yesterday"
    elif day.year == now.year and day < now.date():
        key = "this_year"
    else:
        key = "older"
    return phrases[key].format(time=time, day=day)

