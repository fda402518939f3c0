"""Personal data that never leaves the station where it was typed or imported.

The clear NIK stays in this station's ``attendee.nik``; what travels (outbox, hub, other
stations, bundles, audit copies of conflicts) is an empty ``nik``, a keyed hash for exact
search and duplicate checks across desks, and a masked form for display.

The hash key is a secret of the event (``models/nik_keys.py``): 32 random bytes made by the
station that creates the event and handed only to the event's stations, so someone holding
synced rows and the event id cannot confirm a guessed NIK. Events that existed before
schema version 140 keep the old key, derived from the event id (``legacy_nik_key``), so
their stored hashes still match; for them the hash hides NIKs from a casual reader only
(docs/security.md).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

NIK_HASH_CONTEXT = b"ikrar-nik-v1:"
NIK_KEY_BYTES = 32


def nik_digits(nik: str) -> str:
    """The digits of a NIK as typed (spaces and dots dropped)."""
    return "".join(ch for ch in nik if ch.isdigit())


def nik_hash(key: bytes, nik: str) -> str:
    """The keyed hash of a NIK under its event's key ("" for no NIK)."""
    digits = nik_digits(nik)
    if not digits:
        return ""
    return hmac.new(key, digits.encode("ascii"), hashlib.sha256).hexdigest()


def legacy_nik_key(event_id: str) -> bytes:
    """The key events made before schema version 140 keep: derived from the event id, which
    every holder of synced rows knows (kept only so their stored hashes still match)."""
    return NIK_HASH_CONTEXT + event_id.encode("utf-8")


def new_nik_key() -> bytes:
    """A fresh secret key for a new event."""
    return secrets.token_bytes(NIK_KEY_BYTES)


def mask_digits(digits: str, keep: int = 4) -> str:
    """``5301014309860003`` → ``5301********0003``; too short to mask meaningfully: all stars."""
    if len(digits) <= 2 * keep:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]
