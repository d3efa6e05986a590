"""Transitional homes, the stays in them, and how full they are.

A stay occupies its home from ``start_on`` up to the day before ``end_on`` (the day the
guests leave, when the places are free again); an open-ended stay (no ``end_on``) goes on.
A stay is refused when, on any day, the guests of all stays in the home would exceed its
places, or when it falls outside the home's availability.
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.services.guards import live_person, live_row
from sync.errors import InvalidInput
from sync.register import Register
from sync.schema import Home, Request, Stay


def add_home(register: Register, description: str, places: int,
             municipality: str | None = None, available_from: date | None = None,
             available_to: date | None = None, account_id: str | None = None) -> Home:
    """A new home at the project's disposal."""
    values = _checked_home(description, places, municipality, available_from, available_to)
    with register.writing(account_id) as session:
        home = Home(**values)
        session.add(home)
    return home


def update_home(register: Register, home_id: str, description: str, places: int,
                municipality: str | None = None, available_from: date | None = None,
                available_to: date | None = None, account_id: str | None = None) -> Home:
    """Correct a home; refused when its stays would no longer fit (fewer places, a shorter
    availability)."""
    values = _checked_home(description, places, municipality, available_from, available_to)
    with register.writing(account_id) as session:
        home = live_row(session, Home, home_id, "home")
        for name, value in values.items():
            setattr(home, name, value)
        for stay in _stays_in(session, home_id):
            _refuse_unless_fits(session, home, stay.start_on, stay.end_on, stay.guests, stay.id)
    return home


class HomeHasStays(InvalidInput):
    """The refusal to remove a home with stays: their history needs the home."""

    def __init__(self) -> None:
        super().__init__("This home has stays on record (past ones too), so it cannot be "
                         "removed: to stop offering it, correct it and set the last day it is "
                         "available.")


def remove_home(register: Register, home_id: str, account_id: str | None = None) -> None:
    """Take back a home added by mistake; refused once it has stays (past, current or to
    come), so no stay loses its home: a home no longer offered gets an end of availability."""
    with register.writing(account_id) as session:
        home = live_row(session, Home, home_id, "home")
        if _stays_in(session, home_id):
            raise HomeHasStays()
        home.deleted = True


def start_stay(register: Register, home_id: str, person_id: str, guests: int, start_on: date,
               end_on: date | None, request_id: str | None = None,
               account_id: str | None = None) -> Stay:
    """Host ``guests`` people (the person included) from ``start_on``; refused when the
    home has not got the places on every day, or is not available then."""
    _check_stay(guests, start_on, end_on)
    with register.writing(account_id) as session:
        home = live_row(session, Home, home_id, "home")
        live_person(session, person_id)
        if request_id is not None:
            live_row(session, Request, request_id, "request")
        _refuse_unless_fits(session, home, start_on, end_on, guests, None)
        stay = Stay(home_id=home_id, person_id=person_id, guests=guests, start_on=start_on,
                    end_on=end_on, request_id=request_id)
        session.add(stay)
    return stay


def end_stay(register: Register, stay_id: str, end_on: date,
             account_id: str | None = None) -> Stay:
    """Set the day the guests leave (earlier or later than planned, if the places allow)."""
    with register.writing(account_id) as session:
        stay = live_row(session, Stay, stay_id, "stay")
        _check_stay(stay.guests, stay.start_on, end_on)
        home = live_row(session, Home, stay.home_id, "home")
        _refuse_unless_fits(session, home, stay.start_on, end_on, stay.guests, stay.id)
        stay.end_on = end_on
    return stay


@dataclass(frozen=True)
class HomeOccupancy:
    home_id: str
    description: str
    municipality: str | None
    places: int
    available: bool
    guests: int
    free_places: int
    next_free_on: date | None
    """The next day a place frees up (a stay ends), None when no hosted stay has an end."""


def occupancy(register: Register, day: date) -> list[HomeOccupancy]:
    """Every home, with who is hosted on ``day`` and when a place frees up next."""
    with register.reading() as session:
        homes = session.scalars(select(Home).where(Home.deleted.is_(False))
                                .order_by(Home.municipality, Home.description)).all()
        result = []
        for home in homes:
            current = [stay for stay in _stays_in(session, home.id) if _hosts(stay, day)]
            guests = sum(stay.guests for stay in current)
            endings = [stay.end_on for stay in current if stay.end_on]
            result.append(HomeOccupancy(
                home.id, home.description, home.municipality, home.places,
                _available(home, day), guests, max(home.places - guests, 0),
                min(endings) if endings else None))
    return result


def _checked_home(description, places, municipality, available_from, available_to) -> dict:
    problems = []
    if not (description or "").strip():
        problems.append("la descrizione dell'alloggio è obbligatoria")
    if not isinstance(places, int) or isinstance(places, bool) or places < 1:
        problems.append("i posti sono un numero intero, almeno 1")
    if available_from and available_to and available_to < available_from:
        problems.append("la disponibilità finisce prima di cominciare")
    if problems:
        raise InvalidInput("The home cannot be saved: " + "; ".join(problems) + ".", problems)
    return {"description": description.strip(), "places": places,
            "municipality": (municipality or "").strip() or None,
            "available_from": available_from, "available_to": available_to}


def _check_stay(guests, start_on: date, end_on: date | None) -> None:
    if not isinstance(guests, int) or isinstance(guests, bool) or guests < 1:
        raise InvalidInput("The guests are a whole number, at least 1 (the person included).")
    if end_on is not None and end_on <= start_on:
        raise InvalidInput("A stay ends (the day the guests leave) after it starts: "
                           "check the dates.")


def _stays_in(session: Session, home_id: str) -> list[Stay]:
    return session.scalars(select(Stay).where(Stay.home_id == home_id,
                                              Stay.deleted.is_(False))).all()


def _refuse_unless_fits(session: Session, home: Home, start_on: date, end_on: date | None,
                        guests: int, own_id: str | None) -> None:
    if home.available_from and start_on < home.available_from:
        raise InvalidInput(f"The home is available only from {home.available_from:%d/%m/%Y}: "
                           "choose a later start.")
    if home.available_to and (end_on is None or end_on > home.available_to):
        raise InvalidInput(f"The home is available only until {home.available_to:%d/%m/%Y}: "
                           "give the stay an end on or before that day.")
    others = session.scalars(select(Stay).where(
        Stay.home_id == home.id, Stay.deleted.is_(False), Stay.id != (own_id or ""),
        or_(Stay.end_on.is_(None), Stay.end_on > start_on),
        *([Stay.start_on < end_on] if end_on else []))).all()
    # Occupancy only rises when a stay starts, so checking each start day is enough.
    for day in sorted({start_on} | {stay.start_on for stay in others if stay.start_on > start_on}):
        hosted = guests + sum(stay.guests for stay in others if _hosts(stay, day))
        if hosted > home.places:
            raise InvalidInput(f"On {day:%d/%m/%Y} the home would host {hosted} people but has "
                               f"{home.places} places: choose other dates or another home.")


def _hosts(stay: Stay, day: date) -> bool:
    return stay.start_on <= day and (stay.end_on is None or day < stay.end_on)


def _available(home: Home, day: date) -> bool:
    return ((home.available_from is None or home.available_from <= day)
            and (home.available_to is None or day <= home.available_to))
