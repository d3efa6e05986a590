"""Who works at the desk: accounts, their secrets, and signing in.

Secrets (a PIN of at least 4 digits or a password of at least 8 characters) are kept only as
argon2id hashes with at least OWASP's parameters (19 MiB, 2 passes, 1 lane). Only a
coordinator manages accounts, except the very first one, which the first-run wizard creates
as a coordinator. Signing in never says which of username or secret was wrong.
"""

from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.services.guards import acting_account, live_row
from sync.errors import InvalidInput, NotAllowed
from sync.register import Register
from sync.schema import Account
from sync.vocabulary import ROLE_CODES

HASHER = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)
_REFUSAL = "Username or secret not recognised: try again, or ask a coordinator."
_DUMMY_HASH = HASHER.hash("not a real secret")
"""Verified against when the username is unknown, so both refusals take the same time."""


class SignInRefused(NotAllowed):
    code = "sign_in_refused"


def accounts_exist(register: Register) -> bool:
    """Whether anyone can sign in yet (False: show the first-run wizard)."""
    with register.reading() as session:
        return _active_count(session) > 0


def create_account(register: Register, username: str, display_name: str, role: str,
                   secret: str, acting_account_id: str | None) -> Account:
    """A new account; the acting account must be a coordinator, unless no account exists
    yet, in which case the new one must be a coordinator."""
    username, display_name = (username or "").strip().lower(), (display_name or "").strip()
    problems = []
    if not username or any(char.isspace() for char in username):
        problems.append("il nome utente è obbligatorio e senza spazi")
    if not display_name:
        problems.append("il nome da mostrare è obbligatorio")
    if role not in ROLE_CODES:
        problems.append(f"ruolo sconosciuto: {role}")
    problems += _secret_problems(secret)
    if problems:
        raise InvalidInput("The account cannot be created: " + "; ".join(problems) + ".",
                           problems)
    with register.writing(acting_account_id) as session:
        if _active_count(session) or acting_account_id:
            acting_account(session, acting_account_id, "coordinator")
        elif role != "coordinator":
            raise InvalidInput("The first account must be a coordinator's.")
        if _by_username(session, username) is not None:
            raise InvalidInput(f"The username '{username}' is taken: choose another.")
        account = Account(username=username, display_name=display_name, role=role,
                          secret_hash=HASHER.hash(secret), active=True,
                          created_at=datetime.now().replace(microsecond=0))
        session.add(account)
    return account


def authenticate(register: Register, username: str, secret: str) -> Account:
    """The active account with this username and secret, or ``SignInRefused``."""
    with register.reading() as session:
        account = _by_username(session, (username or "").strip().lower())
    stored = account.secret_hash if account is not None and account.active else _DUMMY_HASH
    try:
        HASHER.verify(stored, secret or "")
    except (VerificationError, InvalidHashError):
        raise SignInRefused(_REFUSAL) from None
    if stored is _DUMMY_HASH:
        raise SignInRefused(_REFUSAL)
    if HASHER.check_needs_rehash(stored):
        with register.writing(account.id) as session:
            session.get(Account, account.id).secret_hash = HASHER.hash(secret)
    return account


def change_secret(register: Register, account_id: str, new_secret: str,
                  acting_account_id: str, current_secret: str | None = None) -> None:
    """Set a new secret: people change their own by giving the current one; a coordinator
    may reset anyone's."""
    problems = _secret_problems(new_secret)
    if problems:
        raise InvalidInput("The new secret cannot be used: " + "; ".join(problems) + ".",
                           problems)
    with register.writing(acting_account_id) as session:
        account = live_row(session, Account, account_id, "account")
        if acting_account_id == account_id:
            acting_account(session, acting_account_id, "volunteer")
            try:
                HASHER.verify(account.secret_hash, current_secret or "")
            except (VerificationError, InvalidHashError):
                raise SignInRefused("The current secret is not right: type it again.") from None
        else:
            acting_account(session, acting_account_id, "coordinator")
        account.secret_hash = HASHER.hash(new_secret)


def deactivate(register: Register, account_id: str, acting_account_id: str) -> Account:
    """Stop an account from signing in (its records keep saying who made them); refuses
    leaving the desk without an active coordinator."""
    with register.writing(acting_account_id) as session:
        acting_account(session, acting_account_id, "coordinator")
        account = live_row(session, Account, account_id, "account")
        _keep_an_active_coordinator(session, account)
        account.active = False
    return account


def reactivate(register: Register, account_id: str, acting_account_id: str) -> Account:
    """Let a switched-off account sign in again, with its old secret and role (a
    coordinator may reset the secret too); idempotent."""
    with register.writing(acting_account_id) as session:
        acting_account(session, acting_account_id, "coordinator")
        account = live_row(session, Account, account_id, "account")
        account.active = True
    return account


def change_role(register: Register, account_id: str, role: str,
                acting_account_id: str) -> Account:
    """Give an account another role; refuses leaving the desk without an active
    coordinator (a coordinator may step down once another one is active)."""
    if role not in ROLE_CODES:
        problem = f"ruolo sconosciuto: {role}"
        raise InvalidInput(f"Unknown role '{role}': choose one of "
                           f"{', '.join(ROLE_CODES)}.", [problem])
    with register.writing(acting_account_id) as session:
        acting_account(session, acting_account_id, "coordinator")
        account = live_row(session, Account, account_id, "account")
        if role != "coordinator":
            _keep_an_active_coordinator(session, account)
        account.role = role
    return account


def _keep_an_active_coordinator(session: Session, account: Account) -> None:
    """Refuse taking ``account`` out of the active coordinators when it is the last one."""
    coordinators = session.scalar(select(func.count()).select_from(Account).where(
        Account.role == "coordinator", Account.active.is_(True),
        Account.deleted.is_(False)))
    if account.role == "coordinator" and account.active and coordinators <= 1:
        raise InvalidInput("This is the last active coordinator: make another account a "
                           "coordinator first.",
                           ["è l'ultimo coordinatore attivo: prima rendi coordinatore un "
                            "altro account"])


def _secret_problems(secret: str | None) -> list[str]:
    secret = secret or ""
    if secret.isdigit():
        return [] if len(secret) >= 4 else ["un PIN ha almeno 4 cifre"]
    return [] if len(secret) >= 8 else ["una password ha almeno 8 caratteri (o un PIN di "
                                        "almeno 4 cifre)"]


def _by_username(session: Session, username: str) -> Account | None:
    return session.scalars(select(Account).where(Account.username == username,
                                                 Account.deleted.is_(False))).first()


def _active_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Account).where(
        Account.active.is_(True), Account.deleted.is_(False)))
