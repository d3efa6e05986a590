"""The housing, activity and attendance services' refusals, said in the window's language.

Those services refuse with one English sentence (the CLI's language); the window must say it
in Italian. Each known refusal is recognised by its wording and said again through
``translate`` with the same numbers and days; anything else goes to ``explain``. The tests
feed the real services' refusals through here, so a reworded service sentence shows up
as a failing test rather than as English on screen.
"""

import re

from PySide6.QtCore import QCoreApplication

from desktop.ui.errors import explain
from sync.errors import InvalidInput

translate = QCoreApplication.translate
_DAY = r"(\d{2}/\d{2}/\d{4})"


def _said_again() -> list[tuple[str, str]]:
    """(pattern of the service's sentence, the window's sentence with its groups as {0}...).

    Built per call so the sentences follow the language chosen at that moment.
    """
    return [
        (rf"On {_DAY} the home would host (\d+) people but has (\d+) places",
         translate("Refusals", "On {0} the home would host {1} people but has only {2} "
                               "places: choose other dates or another home.")),
        (rf"The home is available only from {_DAY}",
         translate("Refusals", "The home is available only from {0}: choose a later "
                               "start.")),
        (rf"The home is available only until {_DAY}",
         translate("Refusals", "The home is available only until {0}: give the stay an "
                               "end on or before that day.")),
        (r"The guests are a whole number",
         translate("Refusals", "The guests are a whole number, at least 1 (the person "
                               "included).")),
        (r"A stay ends \(the day the guests leave\) after it starts",
         translate("Refusals", "The day the guests leave must come after the first day "
                               "of the stay: check the dates.")),
        (r"The number of participants must be a whole number, not '?(.*?)'?\.$",
         translate("Refusals", "The number of participants must be a whole number, not "
                               "\u201c{0}\u201d.")),
        (r"The number of participants cannot be negative",
         translate("Refusals", "The number of participants cannot be negative.")),
        (r"A session must fall within the activity's dates",
         translate("Refusals", "A session must fall within the activity's dates: choose "
                               "another day.")),
        (r"This person is not enrolled in the activity",
         translate("Refusals", "This person is not enrolled in the activity: enrol them "
                               "first.")),
    ]


def say_refusal(error: BaseException) -> str:
    """One sentence for the volunteer, in the window's language."""
    if isinstance(error, InvalidInput) and not error.problems:
        for pattern, sentence in _said_again():
            match = re.search(pattern, str(error))
            if match:
                return sentence.format(*match.groups())
    return explain(error)
