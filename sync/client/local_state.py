"""The desk's sync facts in local_state: where the office is, the credential, the cursor.

The credential sits in local_state for now (a later trust issue may move it to the OS
keyring); it is never logged or printed.
"""

from sqlalchemy import Connection, Engine, delete, insert, select

from sync.schema import LocalState

SERVER = "sync.server"
TOKEN = "sync.token"
PULL_CURSOR = "sync.pull_cursor"
LAST_SUCCESS = "sync.last_success"
LAST_ATTEMPT = "sync.last_attempt"
LAST_ONLINE = "sync.last_attempt_online"
LAST_ERROR = "sync.last_error"

_table = LocalState.__table__


def put(connection: Connection, values: dict[str, str]) -> None:
    """Set several local facts inside the caller's transaction."""
    connection.execute(delete(_table).where(_table.c.key.in_(list(values))))
    connection.execute(insert(_table), [{"key": key, "value": value}
                                        for key, value in values.items()])


def read(engine: Engine, keys: tuple[str, ...]) -> dict[str, str | None]:
    """Several local facts in one query (a sync round needs three before it starts)."""
    with engine.connect() as connection:
        found = dict(connection.execute(select(_table.c.key, _table.c.value)
                                        .where(_table.c.key.in_(keys))).all())
    return {key: found.get(key) for key in keys}
