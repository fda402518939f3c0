"""A bundle's rows sealed to the organizer's X25519 key (only the organizer can open them).

Hybrid encryption from the ``cryptography`` library, nothing hand-made: a fresh X25519 key
pair per bundle, ECDH with the organizer's key, HKDF-SHA256 of the shared secret (salted
with both public keys) to an AES-256-GCM key. The rows are deflated, then encrypted; the
additional data is the SHA-256 of the signed manifest, which names the scheme, both public
keys and the nonce, so the ciphertext cannot be moved under another manifest.

Opening follows ``bundle_limits``: the ciphertext is read with a cap, decrypted (any
changed byte is "bundel rusak"), and inflated in pieces that stop at the cap.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
import zlib
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop_app.sync import bundle_limits

SCHEME = "x25519-hkdf-sha256-aesgcm/1"
KEY_INFO = b"ikrar-bundle-rows-v1"


@dataclass(frozen=True)
class Envelope:
    """What the manifest says about the sealed rows, and the key to seal them with."""

    header: dict[str, str]
    key: bytes
    nonce: bytes


def _raw(public: X25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _derive(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=KEY_INFO
    ).derive(shared)


def new_envelope(recipient: bytes, root: bytes) -> Envelope:
    """A fresh ephemeral key and nonce for one bundle sealed to ``recipient``."""
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    ephemeral_public = _raw(ephemeral.public_key())
    nonce = secrets.token_bytes(12)
    header = {
        "scheme": SCHEME,
        "root": base64.b64encode(root).decode("ascii"),
        "recipient": base64.b64encode(recipient).decode("ascii"),
        "ephemeral": base64.b64encode(ephemeral_public).decode("ascii"),
        "nonce": base64.b64encode(nonce).decode("ascii"),
    }
    return Envelope(header, _derive(shared, ephemeral_public, recipient), nonce)


def seal_rows(envelope: Envelope, rows: bytes, manifest: bytes) -> bytes:
    aad = hashlib.sha256(manifest).digest()
    return AESGCM(envelope.key).encrypt(envelope.nonce, zlib.compress(rows, 6), aad)


@dataclass(frozen=True)
class SealedHeader:
    root: bytes
    recipient: bytes
    ephemeral: bytes
    nonce: bytes


def parse_header(data: Any) -> SealedHeader:
    """The manifest's ``encryption`` entry, checked (damaged otherwise)."""
    if not isinstance(data, dict) or data.get("scheme") != SCHEME:
        raise bundle_limits.damaged("manifest.json: encryption")
    try:
        values = [
            base64.b64decode(str(data[name]), validate=True)
            for name in ("root", "recipient", "ephemeral", "nonce")
        ]
    except (KeyError, ValueError, binascii.Error) as exc:
        raise bundle_limits.damaged("manifest.json: encryption") from exc
    root, recipient, ephemeral, nonce = values
    if len(root) != 32 or len(recipient) != 32 or len(ephemeral) != 32 or len(nonce) != 12:
        raise bundle_limits.damaged("manifest.json: encryption")
    return SealedHeader(root, recipient, ephemeral, nonce)


def open_rows(
    header: SealedHeader, private: X25519PrivateKey, sealed: bytes, manifest: bytes
) -> bytearray:
    """The plain rows (capped); any change to the ciphertext or manifest is "bundel rusak"."""
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(header.ephemeral))
        key = _derive(shared, header.ephemeral, header.recipient)
        compressed = AESGCM(key).decrypt(header.nonce, sealed, hashlib.sha256(manifest).digest())
    except (InvalidTag, ValueError) as exc:
        raise bundle_limits.damaged(bundle_limits.SEALED_MEMBER) from exc
    return inflate_capped(compressed)


def inflate_capped(compressed: bytes) -> bytearray:
    """Inflate in 1 MB pieces, stopping the moment the output passes the rows cap."""
    inflater = zlib.decompressobj()
    out = bytearray()
    pending = compressed
    try:
        while pending:
            out.extend(inflater.decompress(pending, bundle_limits.CHUNK))
            if len(out) > bundle_limits.MAX_ROWS_BYTES:
                raise bundle_limits.too_large()
            pending = inflater.unconsumed_tail
        out.extend(inflater.flush())
    except zlib.error as exc:
        raise bundle_limits.damaged(bundle_limits.SEALED_MEMBER) from exc
    if len(out) > bundle_limits.MAX_ROWS_BYTES:
        raise bundle_limits.too_large()
    if not inflater.eof or inflater.unused_data:
        raise bundle_limits.damaged(bundle_limits.SEALED_MEMBER)
    return out
