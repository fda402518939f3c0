"""Bytes as base64 text in JSON documents (certificates, sealed keys), read back strictly."""

from __future__ import annotations

import base64
import binascii
from typing import Any


def to_base64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def from_base64(text: Any) -> bytes | None:
    """The bytes of ``text``, or None when it is not a string of strict base64 (hostile
    documents: anything else is refused, never guessed at)."""
    if not isinstance(text, str):
        return None
    try:
        return base64.b64decode(text, validate=True)
    except (ValueError, binascii.Error):
        return None
