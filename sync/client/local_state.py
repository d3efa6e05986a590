"""The desk's sync facts in local_state: where the office is, the credential, the cursor.

The credential sits in local_state for now (a later trust issue may move it to the OS
keyring); it is never logged or printed.
"""

from sqlalchemy import Connection, Engine, bindparam, delete, insert, select

from sync.schema import LocalState

SERVER = "sync.server"
TOKEN = "sync.token"
PULL_CURSOR = "sync.pull_cursor"
LAST_SUCCESS = "sync.last_success"
LAST_ATTEMPT = "sync.last_attempt"
LAST_ONLINE = "sync.last_attempt_online"
LAST_ERROR = "sync.last_error"

_table = LocalState.__table__
# Built once: every sync round runs them, and building them cost as much as running them.
_FORGET = delete(_table).where(_table.c.key.in_(bindparam("keys", expanding=True)))
_ADD = insert(_table)
_READ = select(_table.c.key, _table.c.value).where(
    _table.c.key.in_(bindparam("keys", expanding=True)))


def put(connection: Connection, values: dict[str, str]) -> None:
    """Set several local facts inside the caller's transaction."""
    connection.execute(_FORGET, {"keys": list(values)})
    connection.execute(_ADD, [{"key": key, "value": value} for key, value in values.items()])


def read(engine: Engine, keys: tuple[str, ...]) -> dict[str, str | None]:
    """Several local facts in one query (a sync round needs three before it starts)."""
    with engine.connect() as connection:
        found = dict(connection.execute(_READ, {"keys": list(keys)}).all())
    return {key: found.get(key) for key in keys}
