"""The office's TLS context when ``op-sync serve`` terminates TLS itself (issue 7).

The context is built and checked before uvicorn starts, so a wrong path or a key that does not
match the certificate is one sentence at start-up rather than a traceback per connection.
Anything older than TLS 1.2 is refused during the handshake.
"""

import os
import ssl
from pathlib import Path

from sync.errors import InvalidInput

MINIMUM_TLS_VERSION = ssl.TLSVersion.TLSv1_2


def server_tls_context(certfile: str | None, keyfile: str | None) -> ssl.SSLContext | None:
    """A TLS 1.2+ server context from a PEM certificate (chain) and its private key, or
    ``None`` when neither is given (plain HTTP, e.g. behind a TLS proxy)."""
    if certfile is None and keyfile is None:
        return None
    if certfile is None or keyfile is None:
        raise InvalidInput("Give both --certfile and --keyfile to serve over TLS, or neither "
                           "to serve plain HTTP behind a TLS proxy.")
    problems = [problem for path, role in ((certfile, "certificate"), (keyfile, "private key"))
                if (problem := _unreadable(Path(path), role))]
    if problems:
        raise InvalidInput("The TLS files cannot be read: check the paths and their "
                           "permissions, then start the server again.", problems)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = MINIMUM_TLS_VERSION
    try:
        context.load_cert_chain(certfile, keyfile, password=_refuse_encrypted_key)
    except ssl.SSLError as error:
        raise InvalidInput("The TLS certificate and key cannot be used together: give the PEM "
                           "certificate and the unencrypted PEM key that belongs to it.",
                           [f"{certfile} / {keyfile}: {error.reason or error}"]) from error
    return context


def _refuse_encrypted_key() -> bytes:
    """Called by OpenSSL only for an encrypted key: a server started unattended cannot ask
    for a passphrase (OpenSSL's default would wait on the terminal)."""
    raise InvalidInput("The TLS private key is protected by a passphrase: give an unencrypted "
                       "key file readable only by the server's account.")


def _unreadable(path: Path, role: str) -> str | None:
    if not path.is_file():
        return f"{path}: the {role} file does not exist"
    if not os.access(path, os.R_OK):
        return f"{path}: the {role} file is not readable by this user"
    return None
