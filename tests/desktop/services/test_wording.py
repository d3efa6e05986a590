"""Moments in words, as the status line says them."""

from datetime import datetime

import pytest

from desktop.services.wording import moment_in_words

NOW = datetime(2026, 11, 25, 11, 30)


@pytest.mark.parametrize(("moment", "italian", "english"), [
    (datetime(2026, 11, 25, 2, 10), "stanotte alle 02:10", "last night at 02:10"),
    (datetime(2026, 11, 25, 10, 42), "oggi alle 10:42", "today at 10:42"),
    (datetime(2026, 11, 24, 18, 5), "ieri alle 18:05", "yesterday at 18:05"),
    (datetime(2026, 11, 12, 9, 0), "il 12/11 alle 09:00", "on 12/11 at 09:00"),
    (datetime(2025, 12, 30, 9, 0), "il 30/12/2025", "on 30/12/2025"),
    (None, "mai", "never"),
])
def test_moments_read_the_way_people_say_them(moment, italian, english):
    assert moment_in_words(moment, NOW) == italian
    assert moment_in_words(moment, NOW, "en") == english


def test_a_clock_running_ahead_never_says_yesterday_for_tomorrow():
    assert moment_in_words(datetime(2026, 11, 26, 8, 0), NOW) == "il 26/11/2026"
