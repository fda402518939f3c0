"""This station's Ed25519 key: signs hub requests, offline bundles, row seals and the
station's evidence chain.

The private half stays in ``keys/station_ed25519.pem``; the hub and other stations only
ever see the public half, so a leaked hub database cannot impersonate a station.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop_app.models import database_proxy
from desktop_app.paths import DataDir
from desktop_app.services.common.key_vault import (
    load_private_key,
    load_public_key,
    store_private_key,
)

KEY_FILE = "station_ed25519.pem"


def load_or_create_key(keys_dir: Path, file_name: str = KEY_FILE) -> Ed25519PrivateKey:
    """The station key (or another key of this folder), created owner-readable on first use.

    Stored and read through ``key_vault`` (sealed when the folder is protected).
    """
    path = keys_dir / file_name
    if path.exists():
        return load_private_key(path)
    key = Ed25519PrivateKey.generate()
    try:
        store_private_key(path, key, new=True)
    except FileExistsError:  # another process (a hub worker) made it first: use theirs
        return load_private_key(path)
    return key


def public_bytes(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    """The raw 32-byte public key."""
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def home_keys() -> Path:
    """The keys folder of the data directory whose database is open (``--home`` included)."""
    return DataDir(Path(database_proxy.obj.database).resolve().parent).keys


_cache: dict[tuple[Path, int], Ed25519PrivateKey] = {}


def station_key() -> Ed25519PrivateKey:
    """This station's key for the open data directory (read again only when the file changes)."""
    folder = home_keys()
    path = folder / KEY_FILE
    stamp = path.stat().st_mtime_ns if path.exists() else 0
    if (folder, stamp) not in _cache:
        key = load_or_create_key(folder)
        _cache[(folder, path.stat().st_mtime_ns)] = key
        return key
    return _cache[(folder, stamp)]


def station_public_key() -> bytes:
    """This station's raw public key; readable while its private key is locked."""
    path = home_keys() / KEY_FILE
    return load_public_key(path) if path.exists() else public_bytes(station_key())
