"""This station's Ed25519 key (``services/common/station_key.py``) as sync uses it."""

from __future__ import annotations

import base64

from desktop_app.services.common.hashing import key_fingerprint
from desktop_app.services.common.station_key import KEY_FILE, load_or_create_key, public_bytes

__all__ = ["KEY_FILE", "b64", "fingerprint", "load_or_create_key", "public_bytes", "unb64"]


def fingerprint(public_key: bytes) -> str:
    """A short, readable fingerprint to compare by eye: 4 groups of 4 hex digits."""
    return key_fingerprint(public_key)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
