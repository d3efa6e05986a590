"""Starting the endpoint on a store URL: migrate, then serve with uvicorn."""

import logging
import ssl

from sync import migrate
from sync.database import create_store_engine
from sync.server.limits import ServerLimits
from sync.server.store import CentralStore

KEEP_ALIVE_SECONDS = 5
# httptools (C parser, wheels for Linux and Windows) answers ~0.1 ms sooner per request than
# h11 on loopback; uvloop would too, but has no Windows wheels.
HTTP_PARSER = "httptools"


def open_store(url: str) -> CentralStore:
    """The central store at ``url``, migrated to this code's schema. SQLite runs with
    synchronous=NORMAL in WAL: a power cut may lose the last pushes, which desks resend."""
    engine = create_store_engine(url, durable=False)
    migrate.upgrade(engine)
    return CentralStore(engine)


def serve(url: str, host: str, port: int, limits: ServerLimits | None = None,
          tls: ssl.SSLContext | None = None) -> None:
    """Serve until interrupted; with ``tls`` (see ``sync.server.tls``) over HTTPS only."""
    import uvicorn

    from sync.server.app import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    app = create_app(open_store(url), limits)
    uvicorn.run(app, host=host, port=port, timeout_keep_alive=KEEP_ALIVE_SECONDS,
                http=HTTP_PARSER, log_level="info", access_log=False,
                ssl_context_factory=(lambda _config, _default: tls) if tls else None)
