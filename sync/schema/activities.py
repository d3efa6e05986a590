"""Group activities (the seven kinds of the contract) and who took part, shared with every desk."""

from datetime import date

from sqlalchemy import Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sync.schema.base import ID, Base, Replicated


class Activity(Replicated, Base):
    """An event, lab, group, course or school session; ``head_count`` when people are not named."""

    __tablename__ = "activities"
    __replication_scope__ = "shared"

    rif: Mapped[str | None] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Text)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    head_count: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (Index("ix_activities_kind_starts", "kind", "starts_on"),)


class Participation(Replicated, Base):
    """A named person enrolled in an activity; ``outcome`` is empty or ``assunto``."""

    __tablename__ = "participations"
    __replication_scope__ = "shared"

    activity_id: Mapped[str] = mapped_column(ID, index=True)
    person_id: Mapped[str] = mapped_column(ID, index=True)
    outcome: Mapped[str | None] = mapped_column(String(16))
