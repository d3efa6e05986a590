"""How a person and their dates read on screen: "ROSSI Marco", "12/11/2026"."""

from datetime import date, datetime


def display_name(family_name: str | None, given_name: str | None) -> str:
    """Surname in capitals first, as desks write it; empty parts are left out."""
    return " ".join(part for part in ((family_name or "").upper(), given_name or "") if part)


def short_date(day: date | datetime | None) -> str:
    return f"{day:%d/%m/%Y}" if day else ""


def split_search_text(text: str) -> tuple[str, str]:
    """(surname, name) from what was typed in the search field: "rossi marco" -> Rossi, Marco.

    A typed codice fiscale or phone number is not a name, so it gives two empty parts.
    """
    words = text.split()
    if not words or any(char.isdigit() for char in text):
        return "", ""
    return words[0].capitalize(), " ".join(word.capitalize() for word in words[1:])
