"""Ed25519 keys that sign certificate tokens.

Each station makes its own key pair for an organizer the first time it issues a certificate
for that organizer: the private half is a PEM file in the data directory's ``keys/`` folder
(mode 0600 where the OS supports it) and never leaves the station; the public half is a
synced ``SigningKey`` row, so every station and the hub can verify every certificate.
Per-station keys mean no private key is ever copied around, and a lost laptop only needs
its own key retired.

A key id is the first 4 bytes of SHA-256 of the raw 32-byte public key, written in Base32
(7 characters). Tokens carry those 4 bytes, so keys can rotate: a retired key no longer
signs but still verifies what it signed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from desktop_app.models import SigningKey, database_proxy
from desktop_app.models.clock import clock
from desktop_app.models.fields import utcnow
from desktop_app.paths import DataDir
from desktop_app.services.certificates.organizer_root import (
    endorsement_for,
    is_certified,
    revoked_stations,
    trusted_roots,
)
from desktop_app.services.certificates.station_revocations import Revocation, revoked_by_list
from desktop_app.services.common.audit import log_action
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.common.key_vault import load_private_key, store_private_key

log = logging.getLogger("ikrar.certificates")

KEY_ID_BYTES = 4
EXPORT_FORMAT = "ikrar-public-keys"


def key_id_bytes(public_raw: bytes) -> bytes:
    """The 4-byte key id carried inside tokens."""
    return hashlib.sha256(public_raw).digest()[:KEY_ID_BYTES]


def key_id_text(raw_id: bytes) -> str:
    """Key id bytes as 7 Base32 characters (what lists and exports show)."""
    return base64.b32encode(raw_id).decode("ascii").rstrip("=")


def key_id_for(public_raw: bytes) -> str:
    """The printable key id of a raw Ed25519 public key."""
    return key_id_text(key_id_bytes(public_raw))


def public_raw(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def keys_dir(keys_folder: Path | None = None) -> Path:
    """The folder holding private keys (the data directory's ``keys/`` unless given)."""
    folder = keys_folder if keys_folder is not None else _home_of_open_database().keys
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _home_of_open_database() -> DataDir:
    # The keys belong to the data directory whose database is open (``--home`` included).
    return DataDir(Path(database_proxy.obj.database).resolve().parent)


def private_key_path(key_id: str, keys_folder: Path | None = None) -> Path:
    return keys_dir(keys_folder) / f"{key_id}.pem"


@dataclass(frozen=True)
class ActiveKey:
    """A key this station can sign with."""

    key_id: str
    private_key: Ed25519PrivateKey

    @property
    def raw_id(self) -> bytes:
        return key_id_bytes(public_raw(self.private_key.public_key()))


def _write_private(path: Path, key: Ed25519PrivateKey) -> None:
    store_private_key(path, key, new=True)


def _load_private(path: Path) -> Ed25519PrivateKey | None:
    try:
        return load_private_key(path)
    except (OSError, ValueError):
        log.warning("cannot read private key %s", path)
        return None


def create_key(organizer: str, keys_folder: Path | None = None, operator: str = "") -> ActiveKey:
    """Make a new key pair for ``organizer``: private PEM on disk, public key in the database."""
    private = Ed25519PrivateKey.generate()
    raw = public_raw(private.public_key())
    key_id = key_id_for(raw)
    path = private_key_path(key_id, keys_folder)
    _write_private(path, private)
    with SigningKey._meta.database.atomic():
        SigningKey.create(
            key_id=key_id,
            organizer=organizer,
            public_key=raw,
            endorsement=endorsement_for(key_id, raw, organizer),
        )
        log_action("keys.create", "signing_key", key_id, operator, organizer=organizer)
    log.info("created signing key %s for %s", key_id, organizer)
    return ActiveKey(key_id, private)


def active_key(
    organizer: str, keys_folder: Path | None = None, create: bool = True, operator: str = ""
) -> ActiveKey:
    """The newest unretired key of ``organizer`` whose private half is on this station.

    Creates one on first need (set-up) unless ``create`` is false.
    """
    rows = (
        SigningKey.select()
        .where((SigningKey.organizer == organizer) & SigningKey.retired_at.is_null())
        .order_by(SigningKey.created_at.desc())
    )
    for row in rows:
        path = private_key_path(row.key_id, keys_folder)
        if path.exists():
            private = _load_private(path)
            if private is not None and public_raw(private.public_key()) == bytes(row.public_key):
                return ActiveKey(row.key_id, private)
    if not create:
        raise UserError(
            "keys.none_for_organizer",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Belum ada kunci penanda tangan untuk '{organizer}' di stasiun ini.",
            ),
            organizer=organizer,
        )
    return create_key(organizer, keys_folder, operator)


def rotate_key(organizer: str, keys_folder: Path | None = None, operator: str = "") -> ActiveKey:
    """Retire this station's current key for ``organizer`` and make a new one.

    Certificates signed with the old key still verify (its public key stays known).
    """
    with SigningKey._meta.database.atomic():
        for row in SigningKey.select().where(
            (SigningKey.organizer == organizer) & SigningKey.retired_at.is_null()
        ):
            if private_key_path(row.key_id, keys_folder).exists():
                row.retired_at = utcnow()
                row.save()
                log_action("keys.retire", "signing_key", row.key_id, operator)
        return create_key(organizer, keys_folder, operator)


def known_public_keys() -> dict[str, bytes]:
    """All trusted public keys (own, synced and imported; retired ones too) by key id.

    A key id is derived from its key: a row whose id names another key (a hand-edited or
    forged row) is never trusted.
    """
    keys: dict[str, bytes] = {}
    roots = trusted_roots()
    revoked = revoked_stations() | revoked_by_list().keys()
    for row in SigningKey.select():
        raw = bytes(row.public_key)
        if key_id_for(raw) != row.key_id:
            log.warning("ignoring signing key row %s: its id does not match its key", row.key_id)
        elif row.station_id in revoked:
            continue  # the organizer revoked the station that holds this key
        elif not roots or is_certified(row, roots) or _imported_here(row):
            keys[row.key_id] = raw
    return keys


def distrust_reason(key_id: str) -> str:
    """Why a key id is not trusted here: "unknown", "mismatch", "revoked" or "uncertified"."""
    row = SigningKey.get_or_none(SigningKey.key_id == key_id)
    if row is None:
        return "unknown"
    if key_id_for(bytes(row.public_key)) != row.key_id:
        return "mismatch"
    if row.station_id in revoked_stations() or row.station_id in revoked_by_list():
        return "revoked"
    return "uncertified"


def listed_revocation(key_id: str) -> Revocation | None:
    """The organizer's signed revocation of the station holding ``key_id``, if listed."""
    row = SigningKey.get_or_none(SigningKey.key_id == key_id)
    return None if row is None else revoked_by_list().get(str(row.station_id))


def _imported_here(row: SigningKey) -> bool:
    """A key this station's operator trusted by hand (``ikrar keys import``): its row is this
    station's own, without an endorsement, and its private half is not here."""
    return (
        row.station_id == clock.station_id
        and not row.endorsement
        and not private_key_path(row.key_id).exists()
    )


def export_keys(fmt: str = "json") -> str:
    """All known public keys as JSON (with organizer and dates) or as concatenated PEM."""
    rows = list(SigningKey.select().order_by(SigningKey.organizer, SigningKey.created_at))
    if fmt == "pem":
        blocks = []
        for row in rows:
            pem = Ed25519PublicKey.from_public_bytes(bytes(row.public_key)).public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
            blocks.append(pem.decode("ascii"))
        return "".join(blocks)
    data: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "version": 1,
        "keys": [
            {
                "key_id": row.key_id,
                "organizer": row.organizer,
                "algorithm": "Ed25519",
                "public_key": base64.b64encode(bytes(row.public_key)).decode("ascii"),
                "created_at": row.created_at.isoformat(),
                "retired_at": row.retired_at.isoformat() if row.retired_at else None,
            }
            for row in rows
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@dataclass(frozen=True)
class ImportedKey:
    key_id: str
    organizer: str
    new: bool


def _parse_import(text: str, organizer: str) -> Iterable[tuple[bytes, str]]:
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            data = json.loads(text)
            entries = data["keys"]
            for entry in entries:
                raw = base64.b64decode(entry["public_key"], validate=True)
                yield raw, str(entry.get("organizer") or organizer)
        except (ValueError, KeyError, TypeError, binascii.Error) as exc:
            raise UserError(
                "keys.bad_json",
                QT_TRANSLATE_NOOP("ServiceMessages", "Berkas kunci JSON tidak valid ({reason})."),
                reason=str(exc),
            ) from exc
        return
    marker = "-----BEGIN PUBLIC KEY-----"
    if marker not in text:
        raise UserError(
            "keys.unknown_file",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "Berkas bukan ekspor kunci Ikrar (JSON) atau kunci publik PEM."
            ),
        )
    for chunk in text.split(marker)[1:]:
        pem = (
            marker + chunk.split("-----END PUBLIC KEY-----")[0] + "-----END PUBLIC KEY-----\n"
        ).encode("ascii", "replace")
        try:
            key = serialization.load_pem_public_key(pem)
        except (ValueError, UnsupportedAlgorithm) as exc:
            raise UserError(
                "keys.bad_pem",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages", "Kunci publik PEM tidak dapat dibaca ({reason})."
                ),
                reason=str(exc),
            ) from exc
        if not isinstance(key, Ed25519PublicKey):
            raise UserError(
                "keys.not_ed25519",
                QT_TRANSLATE_NOOP("ServiceMessages", "Hanya kunci Ed25519 yang didukung."),
            )
        yield public_raw(key), organizer


def import_keys(text: str, organizer: str = "", operator: str = "") -> list[ImportedKey]:
    """Trust the public keys in an export (JSON or PEM); known keys are left as they are."""
    parsed = list(_parse_import(text, organizer or "(impor)"))
    if not parsed:
        raise UserError(
            "keys.none_in_file",
            QT_TRANSLATE_NOOP("ServiceMessages", "Tidak ada kunci di berkas ini."),
        )
    result = []
    with SigningKey._meta.database.atomic():
        for raw, org in parsed:
            if len(raw) != 32:
                raise UserError(
                    "keys.bad_length",
                    QT_TRANSLATE_NOOP("ServiceMessages", "Kunci publik Ed25519 harus 32 byte."),
                )
            key_id = key_id_for(raw)
            existing = SigningKey.get_or_none(SigningKey.key_id == key_id)
            if existing is None:
                SigningKey.create(key_id=key_id, organizer=org, public_key=raw)
                log_action("keys.import", "signing_key", key_id, operator, organizer=org)
            result.append(ImportedKey(key_id, org, existing is None))
    return result
