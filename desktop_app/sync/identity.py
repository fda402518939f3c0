"""This station's Ed25519 key (``services/common/station_key.py``) as sync uses it."""

from __future__ import annotations

import base64
import hashlib

from desktop_app.services.common.station_key import KEY_FILE, load_or_create_key, public_bytes

__all__ = ["KEY_FILE", "b64", "fingerprint", "load_or_create_key", "public_bytes", "unb64"]


def fingerprint(public_key: bytes) -> str:
    """A short, readable fingerprint to compare by eye: 4 groups of 4 hex digits."""
    digest = hashlib.sha256(public_key).hexdigest().upper()[:16]
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
