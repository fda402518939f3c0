"""The clear NIK sealed to the organizer's X25519 key: the one copy of it that travels.

Hybrid encryption from the ``cryptography`` library (the scheme of
``sync/bundle_sealing.py``), nothing hand-made: ECDH between an ephemeral X25519 key and
the organizer's key, HKDF-SHA256 of the shared secret (salted with both public keys) to an
AES-256-GCM key. The additional data names the event and the attendee, so a sealed value
copied onto another row, or any changed byte, does not open.

Cost (``benchmarks/nik_sealing.py``, 50,000 rows at load 6): a fresh ECDH per value costs
~220 µs (11 s per import, more than the rest of an import row, 141 µs), so a process makes
ONE ephemeral key per organizer key (a sealing session: ~7 µs per value, less than the
keyed hash's ~9 µs) and seals each value under it with a fresh random 96-bit nonce
(AES-GCM allows 2**32 random nonces per key; a process seals far fewer). The ephemeral
public key is in every value, so the organizer opens values of many sessions; the opener
caches one ECDH per session.

Text format (ASCII, 117 characters for a 16-digit NIK)::

    n1.<key id>.<ephemeral public key | nonce | ciphertext+tag>

base64url without padding; the key id (11 characters) is the first 8 bytes of the SHA-256
of the organizer's public key: it finds the right root among several and tells a station
which rows were sealed to an older key.

Models cannot read settings (services do), so the organizer's key reaches this module
through a source function installed by whoever opens the data folder
(``bootstrap.open_data_dir``); it is looked up once per database and forgotten when another
database is opened or the organizer's key changes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # ``cryptography`` loads on first use: the window's start-up stays light
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

VERSION = "n1"
KEY_INFO = b"ikrar-nik-sealed-v1"
AAD_CONTEXT = b"ikrar-nik-sealed-v1\n"
KEY_ID_BYTES = 8
NONCE_BYTES = 12
MAX_SEALED_CHARS = 200  # a NIK is 16 digits: anything longer is not a sealed NIK


def key_id(recipient: bytes) -> str:
    """The text that names an organizer key inside sealed values."""
    digest = hashlib.sha256(recipient).digest()[:KEY_ID_BYTES]
    return _b64(digest)


def sealed_prefix(recipient: bytes) -> str:
    """Every value sealed to ``recipient`` starts with this (SQL ``LIKE`` finds the others)."""
    return f"{VERSION}.{key_id(recipient)}."


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _derive(shared: bytes, ephemeral: bytes, recipient: bytes) -> AESGCM:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=KEY_INFO
    ).derive(shared)
    return AESGCM(key)


def _aad(event_id: str, attendee_id: str) -> bytes:
    return AAD_CONTEXT + f"{event_id}\n{attendee_id}".encode()


@dataclass(frozen=True)
class _Session:
    prefix: str
    ephemeral: bytes
    aead: AESGCM


_sessions: dict[bytes, _Session] = {}
_sessions_lock = threading.Lock()


def _session(recipient: bytes) -> _Session:
    """This process's ephemeral key for ``recipient`` (one ECDH, then only AES-GCM)."""
    found = _sessions.get(recipient)
    if found is not None:
        return found
    with _sessions_lock:
        found = _sessions.get(recipient)
        if found is None:
            from cryptography.hazmat.primitives import serialization
            from cryptography.hazmat.primitives.asymmetric.x25519 import (
                X25519PrivateKey,
                X25519PublicKey,
            )

            ephemeral = X25519PrivateKey.generate()
            shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
            public = ephemeral.public_key().public_bytes(
                serialization.Encoding.Raw, serialization.PublicFormat.Raw
            )
            found = _Session(sealed_prefix(recipient), public, _derive(shared, public, recipient))
            _sessions[recipient] = found
    return found


def seal_nik(recipient: bytes, event_id: str, attendee_id: str, nik: str) -> str:
    """``nik`` sealed to the organizer key ``recipient`` for this attendee of this event."""
    session = _session(recipient)
    nonce = secrets.token_bytes(NONCE_BYTES)
    sealed = session.aead.encrypt(nonce, nik.encode("utf-8"), _aad(event_id, attendee_id))
    return session.prefix + _b64(session.ephemeral + nonce + sealed)


# -- the organizer key of the open database ------------------------------------------------

RecipientSource = Callable[[], bytes | None]
_UNKNOWN = b""
_source: RecipientSource | None = None
_recipient: bytes | None = _UNKNOWN


def set_recipient_source(source: RecipientSource | None) -> None:
    """Install how the organizer's encryption key is found (read once per database)."""
    global _source
    _source = source
    forget_recipient()


def forget_recipient() -> None:
    """Look the key up again on next use (another database, or a new organizer key)."""
    global _recipient
    _recipient = _UNKNOWN


def recipient() -> bytes | None:
    """The organizer's public encryption key for this database, or None (not known yet)."""
    global _recipient
    if _recipient == _UNKNOWN:
        _recipient = _source() if _source is not None else None
    return _recipient


def sealed_for_row(event_id: str, attendee_id: str, nik: str, current: str) -> str:
    """The value ``attendee.nik_sealed`` gets when the row is written.

    With the clear NIK here: sealed to the organizer, or empty while no organizer key is
    known (filled in later, ``services/certificates/sealed_niks.seal_waiting_niks``). Without it
    (a row typed at another desk): the value that came with the row.
    """
    if not nik:
        return current
    key = recipient()
    if key is None:
        return ""
    return seal_nik(key, event_id, attendee_id, nik)


# -- opening (only where the organizer root's private key is) ------------------------------


class Refusal(StrEnum):
    """Why a sealed value did not open."""

    DAMAGED = "damaged"  # not a sealed NIK of a version this program reads
    OTHER_KEY = "other_key"  # sealed to an organizer key not held here
    NOT_THIS_ROW = "not_this_row"  # moved from another attendee or event, or altered


class SealedNikError(ValueError):
    def __init__(self, reason: Refusal) -> None:
        super().__init__(reason.value)
        self.reason = reason


class NikOpener:
    """Opens sealed NIKs with the organizer's private keys (public key → private key)."""

    def __init__(self, keys: Mapping[bytes, X25519PrivateKey]) -> None:
        self._by_id = {key_id(public): (public, private) for public, private in keys.items()}
        self._aeads: dict[tuple[bytes, bytes], AESGCM] = {}  # one ECDH per sealing session

    def open(self, sealed: str, event_id: str, attendee_id: str) -> str:
        """The clear NIK; ``SealedNikError`` with the reason when it cannot be shown."""
        parts = sealed.split(".")
        if len(sealed) > MAX_SEALED_CHARS or len(parts) != 3 or parts[0] != VERSION:
            raise SealedNikError(Refusal.DAMAGED)
        found = self._by_id.get(parts[1])
        if found is None:
            raise SealedNikError(Refusal.OTHER_KEY)
        try:
            body = _unb64(parts[2])
        except (ValueError, binascii.Error):
            raise SealedNikError(Refusal.DAMAGED) from None
        if len(body) < 32 + NONCE_BYTES + 16:
            raise SealedNikError(Refusal.DAMAGED)
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

        ephemeral, nonce, ciphertext = body[:32], body[32:44], body[44:]
        public, private = found
        aead = self._aeads.get((public, ephemeral))
        try:
            if aead is None:
                shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
                aead = self._aeads[(public, ephemeral)] = _derive(shared, ephemeral, public)
            clear = aead.decrypt(nonce, ciphertext, _aad(event_id, attendee_id))
        except InvalidTag:
            raise SealedNikError(Refusal.NOT_THIS_ROW) from None
        except ValueError:  # a low-order ephemeral key: ECDH refuses it
            raise SealedNikError(Refusal.DAMAGED) from None
        try:
            return clear.decode("utf-8")
        except UnicodeDecodeError:
            raise SealedNikError(Refusal.DAMAGED) from None
