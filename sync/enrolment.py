"""Desk credentials at the office: one-time enrolment codes, bearer tokens, revocation.

Only SHA-256 hashes of codes and tokens are stored, so a copy of the office database lets
nobody sync as a desk. A code is single use (redeeming it is one conditional UPDATE, so two
desks racing with the same code cannot both win) and expires after a day.
"""

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import Engine, select, update

from sync.errors import InvalidInput
from sync.schema import DeskCredential, EnrolmentCode
from sync.server.transactions import write_transaction
from sync.vocabulary import sites

CODE_LIFETIME = timedelta(hours=24)
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud on the phone


class EnrolmentRefused(Exception):
    """The code is unknown, used, expired, or for another site; ``str`` says which."""


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _normalised_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _checked_site(site: str) -> str:
    site = site.strip().lower()
    if site not in sites():
        raise InvalidInput(f"Unknown site '{site}': choose one of {', '.join(sorted(sites()))}.")
    return site


def issue_code(engine: Engine, site: str, now: datetime | None = None) -> str:
    """A fresh one-time code for ``site``, shown once (like ``ABCD-EFGH-JKLM-NPQR``)."""
    site = _checked_site(site)
    now = now or _now()
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(16))
    with write_transaction(engine) as connection:
        connection.execute(EnrolmentCode.__table__.insert(), {
            "code_hash": digest(raw), "site": site, "issued_at": now,
            "expires_at": now + CODE_LIFETIME, "used_at": None})
    return "-".join(raw[i:i + 4] for i in range(0, 16, 4))


def redeem_code(engine: Engine, code: str, expected_site: str | None = None,
                now: datetime | None = None) -> tuple[str, str]:
    """Use up ``code`` and issue a desk credential: returns (site, token).

    With ``expected_site`` (the site of the desk's existing register) a code for another site
    is refused and stays usable.
    """
    now = now or _now()
    codes = EnrolmentCode.__table__
    code_hash = digest(_normalised_code(code))
    with write_transaction(engine) as connection:
        found = connection.execute(select(codes.c.site, codes.c.used_at, codes.c.expires_at)
                                   .where(codes.c.code_hash == code_hash)).first()
        if found is None:
            raise EnrolmentRefused("This enrolment code is not known: check it, or ask the "
                                   "district office for a new one.")
        if expected_site is not None and found.site != expected_site:
            raise EnrolmentRefused(f"This code is for the {found.site} desk but this register "
                                   f"belongs to {expected_site}: ask for a code for "
                                   f"{expected_site}.")
        used = connection.execute(update(codes).where(
            codes.c.code_hash == code_hash, codes.c.used_at.is_(None),
            codes.c.expires_at > now).values(used_at=now))
        if used.rowcount != 1:
            raise EnrolmentRefused("This enrolment code was already used or has expired: ask "
                                   "the district office for a new one.")
        token = secrets.token_urlsafe(32)
        connection.execute(DeskCredential.__table__.insert(), {
            "token_hash": digest(token), "site": found.site, "issued_at": now,
            "revoked_at": None})
    return found.site, token


def site_for_token(engine: Engine, token: str) -> str | None:
    """The site a valid, unrevoked token belongs to, or None."""
    credentials = DeskCredential.__table__
    with engine.connect() as connection:
        return connection.execute(select(credentials.c.site).where(
            credentials.c.token_hash == digest(token),
            credentials.c.revoked_at.is_(None))).scalar_one_or_none()


def revoke_site(engine: Engine, site: str, now: datetime | None = None) -> int:
    """Revoke every live credential of ``site`` (and its unused codes); returns how many."""
    site = _checked_site(site)
    now = now or _now()
    credentials, codes = DeskCredential.__table__, EnrolmentCode.__table__
    with write_transaction(engine) as connection:
        revoked = connection.execute(update(credentials).where(
            credentials.c.site == site, credentials.c.revoked_at.is_(None))
            .values(revoked_at=now)).rowcount
        connection.execute(update(codes).where(codes.c.site == site, codes.c.used_at.is_(None))
                           .values(used_at=now))
    return revoked
