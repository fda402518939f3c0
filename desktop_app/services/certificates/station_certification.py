"""Certifying station keys without a hub: the organizer's laptop holds the root.

For an event with no hub, ``ikrar root init`` makes the organizer root on the organizer's
laptop (stored by the same function the hub uses, ``organizer_root.load_or_create_root``).
Each desk writes a certification request (its station id, name and public key, signed with
its own key to prove it holds it); the organizer laptop checks it and writes a certificate
file (the root's signature over the station key, as a hub gives at pairing, plus the
organizer's encryption key); the desk imports it and from then on trusts that root, endorses
its certificate keys with it, and seals its bundles to the organizer. Files travel on USB;
each side prints the fingerprint the other side shows, to compare by eye.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop_app.models import database_proxy, local_station
from desktop_app.services.certificates.organizer_encryption import (
    remember_encryption_key,
    signed_encryption_key,
    verified_key,
)
from desktop_app.services.certificates.organizer_root import (
    ROOT_FILE,
    certify_station,
    load_or_create_root,
    station_statement,
    store_station_certificate,
    trust_root,
)
from desktop_app.services.certificates.sealed_niks import seal_waiting_niks
from desktop_app.services.common.base64_text import from_base64, to_base64
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.common.hashing import key_fingerprint as fingerprint
from desktop_app.services.common.station_key import public_bytes, station_key

REQUEST_FORMAT = "ikrar-station-request/1"
CERTIFICATE_FORMAT = "ikrar-station-certificate/1"
PUBLIC_FORMAT = "ikrar-organizer-root/1"
REQUEST_CONTEXT = b"ikrar-station-request-v1\n"
MAX_FILE_BYTES = 64 * 1024


@dataclass(frozen=True)
class RootInfo:
    fingerprint: str
    created: bool


@dataclass(frozen=True)
class Certified:
    station_id: str
    station_name: str
    station_fingerprint: str
    root_fingerprint: str


def _bytes(data: dict[str, Any], name: str, length: int | None = None) -> bytes:
    value = from_base64(data.get(name))
    if value is None or (length is not None and len(value) != length):
        raise _unreadable(name)
    return value


def _unreadable(detail: str) -> UserError:
    return UserError(
        "root.file_unreadable",
        QT_TRANSLATE_NOOP(
            "ServiceMessages",
            "Berkas ini bukan berkas kunci induk Ikrar yang utuh ({detail}). Tidak ada yang "
            "berubah.",
        ),
        detail=detail,
    )


def read_json_file(path: Path, expected_format: str) -> dict[str, Any]:
    """A small JSON file of the given format (size checked before reading)."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _unreadable("size")
        data = json.loads(path.read_bytes())
    except OSError as exc:
        raise UserError(
            "file.cannot_read",
            QT_TRANSLATE_NOOP("ServiceMessages", "Berkas '{path}' tidak dapat dibaca ({reason})."),
            path=str(path),
            reason=str(exc.strerror),
        ) from exc
    except (ValueError, RecursionError):
        raise _unreadable("JSON") from None
    if not isinstance(data, dict) or data.get("format") != expected_format:
        raise _unreadable("format")
    return data


def write_json_file(path: Path, data: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        raise UserError(
            "file.cannot_write",
            QT_TRANSLATE_NOOP("ServiceMessages", "Berkas '{path}' tidak dapat ditulis ({reason})."),
            path=str(path),
            reason=str(exc.strerror),
        ) from exc


def root_key(keys_dir: Path) -> Ed25519PrivateKey:
    """The organizer root kept in this data folder; never made implicitly."""
    if not (keys_dir / ROOT_FILE).exists():
        raise UserError(
            "root.missing",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Folder data ini tidak menyimpan kunci induk penyelenggara. Jalankan "
                "'ikrar root init' di laptop penyelenggara.",
            ),
        )
    return load_or_create_root(keys_dir)


def init_root(keys_dir: Path) -> RootInfo:
    """Make the organizer root here (once), trust it, and certify this laptop's own key."""
    created = not (keys_dir / ROOT_FILE).exists()
    root = load_or_create_root(keys_dir)
    root_public = public_bytes(root)
    with database_proxy.atomic():
        trust_root(root_public)
        me, own = local_station().id, public_bytes(station_key())
        store_station_certificate(root_public, certify_station(root, me, own))
        remember_encryption_key(signed_encryption_key(root))
        seal_waiting_niks()
    return RootInfo(fingerprint(root_public), created)


def public_root(keys_dir: Path) -> dict[str, Any]:
    """The root's public half (and its encryption key) for laptops that only verify."""
    root = root_key(keys_dir)
    return {
        "format": PUBLIC_FORMAT,
        "root": to_base64(public_bytes(root)),
        "organizer_encryption": signed_encryption_key(root),
    }


def trust_public_root(data: dict[str, Any]) -> str:
    """Trust a root exported with ``public_root`` (the operator compared its fingerprint)."""
    root = _bytes(data, "root", 32)
    with database_proxy.atomic():
        trust_root(root)
        encryption = data.get("organizer_encryption")
        if verified_key(encryption, [root]) is None:
            raise _unreadable("organizer_encryption")
        remember_encryption_key(encryption)  # this laptop's bundles go to the organizer too
        seal_waiting_niks()  # and its NIKs
    return fingerprint(root)


def request_statement(station_id: str, name: str, public_key: bytes) -> bytes:
    return REQUEST_CONTEXT + f"{station_id}\n{name}\n".encode() + public_key


def certification_request() -> tuple[dict[str, Any], str]:
    """This station's request to be certified, signed with its key; and its fingerprint."""
    station, key = local_station(), station_key()
    public = public_bytes(key)
    request = {
        "format": REQUEST_FORMAT,
        "station_id": station.id,
        "station_name": station.name,
        "public_key": to_base64(public),
        "sig": to_base64(key.sign(request_statement(station.id, station.name, public))),
    }
    return request, fingerprint(public)


def certify_request(keys_dir: Path, request: dict[str, Any]) -> tuple[dict[str, Any], Certified]:
    """The root's certificate for a station's request (on the organizer's laptop)."""
    root = root_key(keys_dir)
    station_id, name = request.get("station_id"), request.get("station_name")
    if (
        not isinstance(station_id, str)
        or not isinstance(name, str)
        or not 0 < len(station_id) <= 36
    ):
        raise _unreadable("station_id")
    public = _bytes(request, "public_key", 32)
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(
            _bytes(request, "sig"), request_statement(station_id, name, public)
        )
    except (InvalidSignature, ValueError):
        raise _unreadable("sig") from None
    certificate = {
        "format": CERTIFICATE_FORMAT,
        "station_id": station_id,
        "public_key": to_base64(public),
        "root": to_base64(public_bytes(root)),
        "certificate": certify_station(root, station_id, public),
        "organizer_encryption": signed_encryption_key(root),
    }
    return certificate, Certified(
        station_id, name[:100], fingerprint(public), fingerprint(public_bytes(root))
    )


def accept_station_certificate(data: dict[str, Any]) -> str:
    """Store the organizer's certificate of this station's key; the root's fingerprint."""
    root = _bytes(data, "root", 32)
    own = public_bytes(station_key())
    if data.get("station_id") != local_station().id or _bytes(data, "public_key", 32) != own:
        raise UserError(
            "root.certificate_other_station",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Sertifikat ini untuk stasiun lain, bukan stasiun ini. Tidak ada yang berubah.",
            ),
        )
    certificate = data.get("certificate")
    try:
        Ed25519PublicKey.from_public_bytes(root).verify(
            _bytes(data, "certificate"), station_statement(local_station().id, own)
        )
    except (InvalidSignature, ValueError):
        raise _unreadable("certificate") from None
    if verified_key(data.get("organizer_encryption"), [root]) is None:
        raise _unreadable("organizer_encryption")
    with database_proxy.atomic():
        store_station_certificate(root, str(certificate))
        remember_encryption_key(data.get("organizer_encryption"))
        seal_waiting_niks()
    return fingerprint(root)
