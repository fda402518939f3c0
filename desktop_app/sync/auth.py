"""Request authentication between station and hub.

Every request carries the station id, a Unix timestamp, a random nonce and an Ed25519
signature over method, path (with query), timestamp, nonce and the SHA-256 of the body
exactly as sent. The hub refuses unknown or revoked stations, timestamps outside the
window, reused nonces and bad signatures before it stores anything.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

HEADER_STATION = "X-Ikrar-Station"
HEADER_TIMESTAMP = "X-Ikrar-Timestamp"
HEADER_NONCE = "X-Ikrar-Nonce"
HEADER_SIGNATURE = "X-Ikrar-Signature"

# Stations' clocks drift at venues without NTP; five minutes tolerates that, and nonces
# are remembered for twice as long so a replay inside the window is always caught.
TIMESTAMP_WINDOW_S = 300


def canonical(method: str, path: str, timestamp: str, nonce: str, body: bytes) -> bytes:
    """The exact bytes that are signed."""
    body_hash = hashlib.sha256(body).hexdigest()
    return "\n".join([method.upper(), path, timestamp, nonce, body_hash]).encode("utf-8")


def sign_request(
    key: Ed25519PrivateKey,
    station_id: str,
    method: str,
    path: str,
    body: bytes,
    now: float | None = None,
) -> dict[str, str]:
    """Headers that authenticate one request."""
    timestamp = str(int(now if now is not None else time.time()))
    nonce = secrets.token_hex(16)
    signature = key.sign(canonical(method, path, timestamp, nonce, body))
    return {
        HEADER_STATION: station_id,
        HEADER_TIMESTAMP: timestamp,
        HEADER_NONCE: nonce,
        HEADER_SIGNATURE: base64.b64encode(signature).decode("ascii"),
    }


@dataclass(frozen=True)
class SignedRequest:
    station_id: str
    timestamp: int
    nonce: str
    signature: bytes


class AuthError(Exception):
    """A request that must be refused; ``status`` is 401 or 403."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def parse_headers(headers: Any) -> SignedRequest:
    """Read the auth headers or raise ``AuthError(401)``."""
    get = headers.get
    station_id = get(HEADER_STATION) or ""
    timestamp = get(HEADER_TIMESTAMP) or ""
    nonce = get(HEADER_NONCE) or ""
    signature = get(HEADER_SIGNATURE) or ""
    if not (station_id and timestamp and nonce and signature):
        raise AuthError(401, "missing authentication headers")
    if len(nonce) < 16 or len(nonce) > 64 or len(station_id) > 36:
        raise AuthError(401, "malformed authentication headers")
    try:
        ts = int(timestamp)
        sig = base64.b64decode(signature.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise AuthError(401, "malformed authentication headers") from None
    return SignedRequest(station_id, ts, nonce, sig)


def check_signature(
    public_key: bytes,
    req: SignedRequest,
    method: str,
    path: str,
    body: bytes,
    now: float | None = None,
) -> None:
    """Raise ``AuthError(401)`` when the timestamp is stale or the signature is wrong."""
    current = now if now is not None else time.time()
    if abs(current - req.timestamp) > TIMESTAMP_WINDOW_S:
        raise AuthError(401, "timestamp outside the allowed window")
    message = canonical(method, path, str(req.timestamp), req.nonce, body)
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(req.signature, message)
    except (InvalidSignature, ValueError):
        raise AuthError(401, "bad signature") from None
