"""The accounts the window lists: on the lock screen (active only) and for coordinators."""

from sqlalchemy import select

from sync.register import Register
from sync.schema import Account


def desk_accounts(register: Register, include_inactive: bool = False) -> list[Account]:
    """This desk's accounts by name; the lock screen shows only those who may sign in."""
    query = select(Account).where(Account.deleted.is_(False), Account.site == register.site)
    if not include_inactive:
        query = query.where(Account.active.is_(True))
    with register.reading() as session:
        return list(session.scalars(query.order_by(Account.display_name)))
