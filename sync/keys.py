"""The key that encrypts desk registers and their backups, and where it is kept.

One random 256-bit key per operating-system user: every register and backup that user's desk
makes is encrypted with it (SQLCipher, raw key: no password to guess, no KDF per connection).
It is never written inside the data folder. It lives in the operating system's credential
store (Windows Credential Manager, macOS Keychain, the Secret Service on a Linux desktop)
through ``keyring``; where no such store answers (a headless Linux box, CI, a service
account) it lives in a key file, readable by the user alone (0600), in the user's config
folder, away from the data folder and from its backups. Both work without anyone typing a
thing, so the nightly headless sync still runs.

Limits, said plainly: the key protects a copied data folder, a lost backup stick or a
synced folder; it does not protect against someone who can log in as the desk's user (they
can read the credential store or the key file too). Use full-disk encryption for that. A
register whose key is lost cannot be read: enrol the desk again to pull its records back
from the district office.

``OP_DESK_KEY_STORE=file`` forces the key file (for a Linux desk whose night job has no
session keyring); ``OP_DESK_KEY_DIR`` moves the key file's folder (tests, portable installs).
"""

import os
import secrets
from pathlib import Path

import platformdirs

from sync.errors import OpDeskError

SERVICE = "op-desk"
ACCOUNT = "register-key"
KEY_BYTES = 32
KEY_FILE = "register.key"
PLAIN_HEADER = b"SQLite format 3\x00"


class KeyUnavailable(OpDeskError):
    code = "key_unavailable"


def key_folder() -> Path:
    """Where the key file lives when no credential store answers (never the data folder)."""
    chosen = os.environ.get("OP_DESK_KEY_DIR")
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_config_dir(SERVICE, "Oltreiperimetri")) / "keys"


def desk_key(create: bool = False) -> bytes | None:
    """This user's register key: from the credential store, else the key file; ``None``
    when there is none yet, unless ``create``, which makes and stores a new one."""
    stored = _from_keyring() or _from_file()
    if stored is not None:
        return stored
    if not create:
        return None
    key = secrets.token_bytes(KEY_BYTES)
    if not _into_keyring(key):
        _into_file(key)
    return key


def is_plain_sqlite(path: Path) -> bool:
    """Whether ``path`` is an unencrypted SQLite file (its header is readable text)."""
    with open(path, "rb") as handle:
        return handle.read(len(PLAIN_HEADER)) == PLAIN_HEADER


def key_for_file(path: Path) -> bytes | None:
    """The key to open the database at ``path``: ``None`` for a plain file, else this
    user's key; ``KeyUnavailable`` when the file is encrypted and this user has no key."""
    if not path.exists() or path.stat().st_size == 0 or is_plain_sqlite(path):
        return None
    key = desk_key()
    if key is None:
        raise KeyUnavailable(f"The register {path} is encrypted and this user has no key for "
                             "it: run the desk as the user who created it, or enrol the desk "
                             "again in an empty data folder.")
    return key


def key_pragma(key: bytes) -> str:
    """The statement that unlocks a SQLCipher connection with a raw key (no KDF)."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _keyring_usable():
    """The keyring module when a real credential store answers, else ``None``."""
    if os.environ.get("OP_DESK_KEY_STORE", "").lower() == "file":
        return None
    try:
        import keyring
        from keyring.backends import chainer, fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or backend.priority <= 0:
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    return keyring


def _from_keyring() -> bytes | None:
    keyring = _keyring_usable()
    if keyring is None:
        return None
    try:
        text = keyring.get_password(SERVICE, ACCOUNT)
    except keyring.errors.KeyringError:
        return None
    return _decoded(text, "the credential store")


def _into_keyring(key: bytes) -> bool:
    keyring = _keyring_usable()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVICE, ACCOUNT, key.hex())
    except keyring.errors.KeyringError:
        return False
    return True


def _from_file() -> bytes | None:
    path = key_folder() / KEY_FILE
    try:
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        return None
    except OSError as error:
        raise KeyUnavailable(f"The register key at {path} cannot be read ({error}): run the "
                             "desk as the user who created it.") from error
    return _decoded(text, str(path))


def _into_file(key: bytes) -> None:
    """Write the key file readable by its owner only, whole or not at all."""
    folder = key_folder()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path, partial = folder / KEY_FILE, folder / f".{KEY_FILE}.partial"
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(key.hex())
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)


def _decoded(text: str | None, where: str) -> bytes | None:
    if not text:
        return None
    try:
        key = bytes.fromhex(text.strip())
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise KeyUnavailable(f"The register key in {where} is not a valid key: restore it "
                             "from your safe copy, or enrol the desk again.")
    return key
