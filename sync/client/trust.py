"""Which certificates a desk trusts when the office URL is https (issue 7).

The system's trust store (Windows' certificate store, or OpenSSL's default paths elsewhere),
plus the CA file named by ``OP_DESK_CAFILE`` for an office with a self-signed or private-CA
certificate. Plain http loads nothing: building a verifying context costs ~50 ms, a third of an
incremental round on loopback or a LAN.
"""

import os
import ssl

from sync.client.errors import SyncError

CAFILE_VARIABLE = "OP_DESK_CAFILE"


def trust_for(server: str) -> ssl.SSLContext | bool:
    """httpx's ``verify`` for ``server``: a TLS 1.2+ verifying context for https, else False."""
    if not server.lower().startswith("https://"):
        return False
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    cafile = os.environ.get(CAFILE_VARIABLE)
    if cafile:
        try:
            context.load_verify_locations(cafile=cafile)
        except (OSError, ssl.SSLError) as error:
            raise SyncError(f"The office's CA file named by {CAFILE_VARIABLE} cannot be used: "
                            "check the path, or ask the district office for the PEM file.",
                            details=f"{cafile}: {error}") from error
    return context
