"""Content hashes that identify exact texts (declarations, signed wording)."""

from __future__ import annotations

import hashlib


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def key_fingerprint(public_key: bytes) -> str:
    """A short, readable fingerprint of a public key to compare by eye: 4 groups of 4 hex."""
    digest = hashlib.sha256(public_key).hexdigest().upper()[:16]
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))
