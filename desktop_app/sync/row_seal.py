"""Row seals: the writing station's Ed25519 signature on one replicated row version.

A station seals each row it wrote when it pushes it (or exports it in a bundle); the seal
travels inside the payload as ``"_seal": {"by": station_id, "sig": base64}`` and is checked
by the hub and by every station that applies the row, so a row relayed by someone else
still proves who wrote it. The signed bytes are the payload without ``_seal`` as compact,
key-sorted JSON, so any change to any column breaks the seal.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

SEAL = "_seal"

# The public key of an enrolled/trusted station by id, or None when it is unknown.
KeyLookup = Callable[[str], bytes | None]


class SealError(ValueError):
    """A row whose seal is missing, malformed or does not verify."""


def sealed_bytes(payload: dict[str, Any]) -> bytes:
    data = {k: v for k, v in payload.items() if k != SEAL}
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def seal(payload: dict[str, Any], writer: str, key: Ed25519PrivateKey) -> dict[str, Any]:
    """``payload`` with this writer's seal (a new dict; an older seal is replaced)."""
    sig = key.sign(sealed_bytes(payload))
    return {**payload, SEAL: {"by": writer, "sig": base64.b64encode(sig).decode("ascii")}}


def seal_text(payload_text: str, writer: str, key: Ed25519PrivateKey) -> str:
    """An outbox payload sealed by ``writer`` unless it already carries a seal (a relay)."""
    payload = json.loads(payload_text)
    if isinstance(payload, dict) and SEAL in payload:
        return payload_text
    if not isinstance(payload, dict) or not payload:
        raise SealError("only a row (a non-empty JSON object) can be sealed")
    signed = sealed_bytes(payload)
    mark = json.dumps(
        {"by": writer, "sig": base64.b64encode(key.sign(signed)).decode("ascii")},
        separators=(",", ":"),
    )
    # The signed text itself with the seal appended as one more key: one serialisation.
    return signed.decode()[:-1] + f',"{SEAL}":{mark}}}'


def writer_of(payload: dict[str, Any]) -> str | None:
    """The station named in the seal (unverified), or None without a seal."""
    found = payload.get(SEAL)
    if isinstance(found, dict) and isinstance(found.get("by"), str):
        return str(found["by"])
    return None


def verify_seal(payload: dict[str, Any], key_for: KeyLookup) -> str:
    """The id of the station that sealed ``payload``; ``SealError`` when it cannot be shown."""
    found = payload.get(SEAL)
    if not isinstance(found, dict):
        raise SealError("row is not sealed by its writer")
    writer, sig_text = found.get("by"), found.get("sig")
    if not isinstance(writer, str) or not isinstance(sig_text, str):
        raise SealError("malformed seal")
    public = key_for(writer)
    if public is None:
        raise SealError(f"writer {writer[:8]} is not a known station")
    try:
        sig = base64.b64decode(sig_text, validate=True)
        Ed25519PublicKey.from_public_bytes(public).verify(sig, sealed_bytes(payload))
    except (InvalidSignature, ValueError, binascii.Error):
        raise SealError(f"seal of {writer[:8]} does not verify") from None
    return writer
