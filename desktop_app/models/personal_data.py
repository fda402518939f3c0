"""Personal data that never leaves the station where it was typed or imported.

The clear NIK stays in this station's ``attendee.nik``; what travels (outbox, hub, other
stations, bundles, audit copies of conflicts) is an empty ``nik``, a keyed hash for exact
search and duplicate checks across desks, and a masked form for display. The hash key is
derived from the event, so equal NIKs match within one event only. NIK numbers are few
enough to guess, so the hash hides them from a casual reader, not from someone who
tries every NIK of a region (docs/security.md).
"""

from __future__ import annotations

import hashlib
import hmac

NIK_HASH_CONTEXT = b"ikrar-nik-v1:"


def nik_hash(event_id: str, nik: str) -> str:
    """The keyed hash of a NIK within one event ("" for no NIK)."""
    digits = "".join(ch for ch in nik if ch.isdigit())
    if not digits:
        return ""
    key = NIK_HASH_CONTEXT + event_id.encode("utf-8")
    return hmac.new(key, digits.encode("ascii"), hashlib.sha256).hexdigest()


def mask_digits(digits: str, keep: int = 4) -> str:
    """``5301014309860003`` → ``5301********0003``; too short to mask meaningfully: all stars."""
    if len(digits) <= 2 * keep:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]
