"""The housing, activity and attendance services' refusals, said in the window's language.

Those services refuse with one English sentence (the CLI's language); the window must say it
in Italian. Each known refusal is recognised by its wording and said again through
``translate`` with the same numbers and days; anything else goes to ``explain``. The tests
feed the real services' refusals through here, so a reworded service sentence shows up
as a failing test rather than as English on screen.
"""

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop.ui.errors import explain
from sync.errors import InvalidInput

translate = QCoreApplication.translate
_DAY = r"(\d{2}/\d{2}/\d{4})"


def _said_again() -> list[tuple[re.Pattern, Callable[[re.Match], str]]]:
    # Built per call so the sentences follow the language chosen at that moment.
    def say(text: str) -> Callable[[re.Match], str]:
        return lambda match: text.format(*match.groups())

    return [
        (re.compile(rf"On {_DAY} the home would host (\d+) people but has (\d+) places"),
         say(translate("Refusals", "On {0} the home would host {1} people but has only {2} "
                                   "places: choose other dates or another home."))),
        (re.compile(rf"The home is available only from {_DAY}"),
         say(translate("Refusals", "The home is available only from {0}: choose a later "
                                   "start."))),
        (re.compile(rf"The home is available only until {_DAY}"),
         say(translate("Refusals", "The home is available only until {0}: give the stay an "
                                   "end on or before that day."))),
        (re.compile(r"The guests are a whole number"),
         say(translate("Refusals", "The guests are a whole number, at least 1 (the person "
                                   "included)."))),
        (re.compile(r"A stay ends \(the day the guests leave\) after it starts"),
         say(translate("Refusals", "The day the guests leave must come after the first day "
                                   "of the stay: check the dates."))),
        (re.compile(r"The number of participants must be a whole number, not '?(.*?)'?\.$"),
         say(translate("Refusals", "The number of participants must be a whole number, not "
                                   "\u201c{0}\u201d."))),
        (re.compile(r"The number of participants cannot be negative"),
         say(translate("Refusals", "The number of participants cannot be negative."))),
        (re.compile(r"A session must fall within the activity's dates"),
         say(translate("Refusals", "A session must fall within the activity's dates: choose "
                                   "another day."))),
        (re.compile(r"This person is not enrolled in the activity"),
         say(translate("Refusals", "This person is not enrolled in the activity: enrol them "
                                   "first."))),
    ]


def say_refusal(error: BaseException) -> str:
    """One sentence for the volunteer, in the window's language."""
    if isinstance(error, InvalidInput) and not error.problems:
        for pattern, sentence in _said_again():
            match = pattern.search(str(error))
            if match:
                return sentence(match)
    return explain(error)
