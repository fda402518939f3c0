"""Organizer root keys: which certificate keys a verifier trusts.

The organizer's root key (``keys/organizer_root.pem``) lives on the hub, or on the
organizer's laptop for an event without a hub. When a station pairs, the hub certifies the
station's key with the root; the station then endorses each of its certificate-signing keys
with its station key. A certificate key is trusted when that chain leads to a trusted root:

    root --certifies--> station key --endorses--> certificate key --signs--> token

A station trusts the roots of the hubs it enrolled at (and roots imported by hand). Where
no root is trusted at all (a laptop that never paired) keys are trusted as before: its own
and those imported with ``ikrar keys import``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop_app.models import SigningKey, database_proxy
from desktop_app.models.clock import clock
from desktop_app.models.sync_state import HubStation
from desktop_app.services.common.base64_text import from_base64, to_base64
from desktop_app.services.common.settings import (
    ORGANIZER_ROOTS,
    REVOKED_STATIONS,
    STATION_CERTIFICATE,
    WITNESSED_HEAD,
)
from desktop_app.services.common.station_key import load_or_create_key, public_bytes, station_key

ROOT_FILE = "organizer_root.pem"
STATION_CERT_CONTEXT = b"ikrar-station-certificate-v1\n"
ENDORSE_CONTEXT = b"ikrar-key-endorsement-v1\n"


def load_or_create_root(keys_dir: Path) -> Ed25519PrivateKey:
    """The organizer root key of this hub (or organizer laptop), made on first use."""
    return load_or_create_key(keys_dir, ROOT_FILE)


def station_statement(station_id: str, station_public: bytes) -> bytes:
    return STATION_CERT_CONTEXT + station_id.encode() + b"\n" + station_public


def certify_station(root: Ed25519PrivateKey, station_id: str, station_public: bytes) -> str:
    """The root's certificate (base64 signature) for one station's key."""
    return to_base64(root.sign(station_statement(station_id, station_public)))


def root_certifies(
    roots: list[bytes], station_id: str, station_public: bytes, certificate: Any
) -> bool:
    """Whether one of ``roots`` signed ``certificate`` (base64) for this station's key."""
    signature = from_base64(certificate)
    if signature is None:
        return False
    for root in roots:
        try:
            Ed25519PublicKey.from_public_bytes(root).verify(
                signature, station_statement(station_id, station_public)
            )
        except (InvalidSignature, ValueError):
            continue
        return True
    return False


def trusted_roots() -> list[bytes]:
    return [r for r in (from_base64(t) for t in ORGANIZER_ROOTS.get().split(",") if t) if r]


def trust_root(root_public: bytes) -> None:
    roots = trusted_roots()
    if root_public not in roots:
        ORGANIZER_ROOTS.set(",".join(to_base64(r) for r in [*roots, root_public]))


def store_station_certificate(root_public: bytes, certificate: str) -> None:
    """Keep this station's certificate from the root and endorse its own keys with it."""
    with database_proxy.atomic():
        trust_root(root_public)
        STATION_CERTIFICATE.set(json.dumps({"root": to_base64(root_public), "sig": certificate}))
        endorse_own_keys()


def _key_statement(key_id: str, public_key: bytes, organizer: str) -> bytes:
    return ENDORSE_CONTEXT + f"{key_id}\n{organizer}\n".encode() + public_key


def endorsement_for(key_id: str, public_key: bytes, organizer: str) -> str:
    """This station's endorsement of one of its keys ("" before it has a root certificate)."""
    stored = STATION_CERTIFICATE.get()
    if not stored:
        return ""
    cert = json.loads(stored)
    key = station_key()
    return json.dumps(
        {
            "station": clock.station_id,
            "station_key": to_base64(public_bytes(key)),
            "root": cert["root"],
            "certificate": cert["sig"],
            "sig": to_base64(key.sign(_key_statement(key_id, public_key, organizer))),
        },
        sort_keys=True,
    )


def endorse_own_keys() -> int:
    """Endorse this station's keys that have none yet (their rows are this station's own)."""
    count = 0
    for row in SigningKey.select().where(
        (SigningKey.station_id == clock.station_id) & (SigningKey.endorsement == "")
    ):
        if not (station_key_dir_has(row.key_id)):
            continue  # an imported key: trusted here by hand, not this station's to vouch for
        row.endorsement = endorsement_for(row.key_id, bytes(row.public_key), row.organizer)
        if row.endorsement:
            row.save()
            count += 1
    return count


def station_key_dir_has(key_id: str) -> bool:
    from desktop_app.services.common.station_key import home_keys

    return (home_keys() / f"{key_id}.pem").exists()


def is_certified(row: SigningKey, roots: list[bytes]) -> bool:
    """Whether ``row``'s key chains to one of ``roots`` (root → station key → this key)."""
    try:
        data = json.loads(str(row.endorsement or "") or "null")
    except json.JSONDecodeError:
        return False
    if not isinstance(data, dict):
        return False
    root, station_public = from_base64(data.get("root")), from_base64(data.get("station_key"))
    certificate, sig = from_base64(data.get("certificate")), from_base64(data.get("sig"))
    station = data.get("station")
    if root not in roots or not station_public or not certificate or not sig:
        return False
    if not isinstance(station, str) or station != row.station_id:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(root).verify(
            certificate, station_statement(station, station_public)
        )
        Ed25519PublicKey.from_public_bytes(station_public).verify(
            sig, _key_statement(row.key_id, bytes(row.public_key), row.organizer)
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def revoked_stations() -> set[str]:
    """Stations revoked by the organizer: on a hub its own list, on a station the list it
    learnt at its last sync. Keys they endorsed are no longer trusted."""
    learnt = {s for s in REVOKED_STATIONS.get().split(",") if s}
    on_hub = HubStation.select(HubStation.id).where(HubStation.revoked_at.is_null(False))
    return learnt | {row.id for row in on_hub}


def remember_revoked(station_ids: set[str]) -> None:
    if station_ids != {s for s in REVOKED_STATIONS.get().split(",") if s}:
        REVOKED_STATIONS.set(",".join(sorted(station_ids)))


HEAD_CONTEXT = b"ikrar-witnessed-head-v1\n"


def head_statement(station_id: str, count: int, head_hash: str) -> bytes:
    return HEAD_CONTEXT + f"{station_id}\n{count}\n{head_hash}".encode()


def witness_head(
    root: Ed25519PrivateKey, station_id: str, count: int, head_hash: str
) -> dict[str, Any]:
    """The hub's signed acknowledgement of the chain head it holds for a station."""
    sig = to_base64(root.sign(head_statement(station_id, count, head_hash)))
    return {"station": station_id, "count": count, "head": head_hash, "sig": sig}


def _verified_head(data: Any) -> dict[str, Any] | None:
    if not isinstance(data, dict) or not isinstance(data.get("count"), int):
        return None
    sig = from_base64(data.get("sig"))
    statement = head_statement(str(data.get("station")), data["count"], str(data.get("head")))
    for root in trusted_roots():
        try:
            Ed25519PublicKey.from_public_bytes(root).verify(sig or b"", statement)
        except (InvalidSignature, ValueError):
            continue
        return data
    return None


def remember_witnessed_head(data: Any) -> bool:
    """Keep the hub's signed head of this station's chain (the highest one seen)."""
    head = _verified_head(data)
    if head is None or head.get("station") != clock.station_id:
        return False
    stored = witnessed_head()
    if stored is None or head["count"] > stored["count"]:
        WITNESSED_HEAD.set(json.dumps(head, sort_keys=True))
    return True


def witnessed_head() -> dict[str, Any] | None:
    """This station's last head signed by a trusted root (a witness even offline)."""
    text = WITNESSED_HEAD.get()
    return _verified_head(json.loads(text)) if text else None
