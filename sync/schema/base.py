"""The declarative base and the columns every replicated row carries."""

from typing import Any

from sqlalchemy import Boolean, Index, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from sync.ids import new_id

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID = String(36)
STAMP = String(48)
SITE = String(16)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Replicated:
    """Columns of a row that travels between desks and the office.

    ``site`` is where the row was born, ``hlc`` the clock stamp of its last change,
    ``deleted`` a tombstone so that deletes travel too. ``synced_hlc`` (desk side) is the
    version last exchanged with the office, which lets the office tell a clean update from a
    concurrent one; ``server_seq`` (office side) is the office's monotonic pull cursor.
    Scope says who receives the row: ``shared`` rows go to every desk, ``site`` rows only
    back to the desk of their own site.

    References between replicated rows are plain indexed ids, not foreign-key constraints:
    rows arrive in any order, more than once, and a tombstoned parent keeps its children.
    """

    __replication_scope__ = "site"
    __site_index__ = True
    """False where a composite index starts with ``site``: a ``site`` index of its own would
    be a prefix of that one, no faster to read, and one more B-tree for every insert."""

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    site: Mapped[str] = mapped_column(SITE)
    hlc: Mapped[str] = mapped_column(STAMP)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    synced_hlc: Mapped[str | None] = mapped_column(STAMP)
    server_seq: Mapped[int | None] = mapped_column(Integer, index=True)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Index ``site`` once the table exists: redeclaring the column per class would move
        it in the table's column order, which is the order the columns travel in."""
        super().__init_subclass__(**kwargs)
        if cls.__site_index__:
            Index(None, cls.__table__.c.site)


SERVER_OWNED = frozenset({"server_seq", "synced_hlc"})
"""Columns a desk may never set on the wire."""
