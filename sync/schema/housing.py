"""Homes at the project's disposal and the stays in them, shared with every desk.

Stays are shared (not kept to their site) because occupancy of a home is only true when
every desk sees every stay in it; a stay holds no more than who, how many, and when.
"""

from datetime import date

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sync.schema.base import ID, Base, Replicated


class Home(Replicated, Base):
    __tablename__ = "homes"
    __replication_scope__ = "shared"

    rif: Mapped[str | None] = mapped_column(String(64), index=True)
    description: Mapped[str] = mapped_column(Text)
    municipality: Mapped[str | None] = mapped_column(String(100))
    places: Mapped[int] = mapped_column(Integer)
    available_from: Mapped[date | None] = mapped_column(Date)
    available_to: Mapped[date | None] = mapped_column(Date)


class Stay(Replicated, Base):
    """``guests`` counts everyone hosted in the stay, the person included."""

    __tablename__ = "stays"
    __replication_scope__ = "shared"

    rif: Mapped[str | None] = mapped_column(String(64), index=True)
    home_id: Mapped[str] = mapped_column(ID, index=True)
    request_id: Mapped[str | None] = mapped_column(ID)
    person_id: Mapped[str | None] = mapped_column(ID, index=True)
    guests: Mapped[int] = mapped_column(Integer)
    start_on: Mapped[date] = mapped_column(Date, index=True)
    end_on: Mapped[date | None] = mapped_column(Date)
