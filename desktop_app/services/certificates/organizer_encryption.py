"""The organizer's encryption key: what USB bundles (and later the clear NIK) are sealed to.

The organizer root (``organizer_root.py``) is an Ed25519 signing key; encryption needs an
X25519 key. It is a key pair of its own, derived with HKDF from the root's private key, so
it is stored nowhere and whoever holds the root (the hub, or the organizer's laptop after
``ikrar root init``) can always open what was sealed to it, with the root's protection at
rest covering it too. Its public half travels signed by the root
(``{"root", "key", "sig"}``), so a station accepts it only from a root it already trusts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop_app.models.nik_sealing import forget_recipient
from desktop_app.services.certificates.organizer_root import (
    ROOT_FILE,
    load_or_create_root,
    trusted_roots,
)
from desktop_app.services.common.base64_text import from_base64, to_base64
from desktop_app.services.common.settings import ORGANIZER_ENCRYPTION
from desktop_app.services.common.station_key import public_bytes

KEY_CONTEXT = b"ikrar-organizer-encryption-key-v1\n"
DERIVE_INFO = b"ikrar-organizer-x25519-v1"


@dataclass(frozen=True)
class OrganizerKey:
    """A root's X25519 public key, with the root that signed it."""

    root: bytes
    key: bytes


def encryption_private_key(root: Ed25519PrivateKey) -> X25519PrivateKey:
    """The X25519 key belonging to ``root`` (the same one every time)."""
    seed = root.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=DERIVE_INFO).derive(seed)
    return X25519PrivateKey.from_private_bytes(derived)


def _x25519_public(key: X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_statement(root_public: bytes, key: bytes) -> bytes:
    return KEY_CONTEXT + root_public + key


def signed_encryption_key(root: Ed25519PrivateKey) -> dict[str, str]:
    """The root's encryption public key, signed by the root (sent to stations at pairing)."""
    root_public = public_bytes(root)
    key = _x25519_public(encryption_private_key(root))
    return {
        "root": to_base64(root_public),
        "key": to_base64(key),
        "sig": to_base64(root.sign(key_statement(root_public, key))),
    }


def verified_key(data: Any, roots: list[bytes] | None = None) -> OrganizerKey | None:
    """The key in ``data`` if its root signed it and the root is trusted here."""
    if not isinstance(data, dict):
        return None
    root, key, sig = (
        from_base64(data.get("root")),
        from_base64(data.get("key")),
        from_base64(data.get("sig")),
    )
    if not root or not key or not sig or len(key) != 32:
        return None
    if root not in (trusted_roots() if roots is None else roots):
        return None
    try:
        Ed25519PublicKey.from_public_bytes(root).verify(sig, key_statement(root, key))
    except (InvalidSignature, ValueError):
        return None
    return OrganizerKey(root, key)


def remember_encryption_key(data: Any) -> bool:
    """Keep the organizer's encryption key (signed by a trusted root) for bundle exports."""
    if verified_key(data) is None:
        return False
    text = json.dumps(data, sort_keys=True)
    if ORGANIZER_ENCRYPTION.get() != text:
        ORGANIZER_ENCRYPTION.set(text)
        forget_recipient()  # NIKs are sealed to this key from now on
    return True


def organizer_encryption_key() -> OrganizerKey | None:
    """The key this station's bundles are sealed to by default (None: not known yet)."""
    text = ORGANIZER_ENCRYPTION.get()
    if not text:
        return None
    try:
        return verified_key(json.loads(text))
    except json.JSONDecodeError:
        return None


def root_encryption_keys(keys_folders: list[Path]) -> dict[bytes, X25519PrivateKey]:
    """The encryption keys of the organizer roots kept in these folders (public → private).

    Only existing roots are loaded: checking never creates a root.
    """
    found: dict[bytes, X25519PrivateKey] = {}
    for folder in keys_folders:
        if (folder / ROOT_FILE).exists():
            private = encryption_private_key(load_or_create_root(folder))
            found[_x25519_public(private)] = private
    return found
