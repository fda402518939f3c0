"""Chain heads kept as witnesses, and the head a station signs for a bundle.

A station signs the head of its own evidence chain (count + last link hash) into every
bundle it exports. The importing folder keeps the highest such head per station, once its
copy holds that link; ``verify-log`` then catches a later truncation of that station's
chain in this copy (someone who holds the database can delete the kept head too, but not
make a lower one that verifies). ``kept_heads`` is the one list ``verify-log`` and the
Bukti tab read: these bundle heads and the head the hub signed at this station's last push.
"""

from __future__ import annotations

import base64
import binascii
import logging
import re
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop_app.models import EvidenceLink
from desktop_app.models.clock import clock
from desktop_app.models.sync_state import WitnessedHead
from desktop_app.services.certificates.organizer_root import witnessed_head
from desktop_app.services.common.station_key import station_key
from desktop_app.services.signing.evidence_chain import ChainHead, head_of, known_station_keys

log = logging.getLogger("ikrar.signing")

STATION_HEAD_CONTEXT = b"ikrar-station-head-v1\n"
MAX_COUNT = 10**9
_HASH = re.compile(r"[0-9a-f]{64}")


def station_head_statement(station_id: str, count: int, head_hash: str) -> bytes:
    return STATION_HEAD_CONTEXT + f"{station_id}\n{count}\n{head_hash}".encode()


def signed_own_head(key: Ed25519PrivateKey | None = None) -> dict[str, Any] | None:
    """This station's chain head signed with its key (None before its first link)."""
    head = head_of(clock.station_id)
    if head.count == 0:
        return None
    statement = station_head_statement(head.station_id, head.count, head.head_hash)
    signature = base64.b64encode((key or station_key()).sign(statement)).decode("ascii")
    return {
        "station": head.station_id,
        "count": head.count,
        "head": head.head_hash,
        "sig": signature,
    }


def checked_station_head(data: Any, station_id: str, public_key: bytes) -> ChainHead | None:
    """``data`` as a head of ``station_id``'s chain signed by ``public_key``, else None."""
    if not isinstance(data, dict) or data.get("station") != station_id:
        return None
    count, head, sig = data.get("count"), data.get("head"), data.get("sig")
    if type(count) is not int or not 0 < count <= MAX_COUNT:
        return None
    if not isinstance(head, str) or not _HASH.fullmatch(head) or not isinstance(sig, str):
        return None
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(
            base64.b64decode(sig, validate=True), station_head_statement(station_id, count, head)
        )
    except (InvalidSignature, ValueError, binascii.Error):
        return None
    return ChainHead(station_id, count, head, source="bundle")


def remember_station_head(head: ChainHead, signature: str) -> bool:
    """Keep ``head`` (already checked) as a witness once this copy holds its link; only a
    higher count replaces a kept one. Call inside the import's transaction."""
    held = EvidenceLink.select(EvidenceLink.id).where(
        (EvidenceLink.station_id == head.station_id) & (EvidenceLink.chain_seq == head.count)
    )
    if not held.exists():
        log.warning("head %s of %s not kept: its link is not here", head.count, head.station_id)
        return False
    kept = WitnessedHead.get_or_none(WitnessedHead.station_id == head.station_id)
    if kept is not None and kept.count >= head.count:
        return False
    values = {"count": head.count, "head_hash": head.head_hash, "signature": signature}
    if kept is None:
        WitnessedHead.create(station_id=head.station_id, source=head.source, **values)
    else:
        WitnessedHead.update(**values).where(WitnessedHead.station_id == head.station_id).execute()
    return True


def kept_heads() -> list[ChainHead]:
    """Every head this folder keeps as a witness: the hub's signed head of this station,
    and bundle heads whose signature still verifies with the station's known key."""
    heads: list[ChainHead] = []
    signed = witnessed_head()  # the hub's signed head of this station, kept at sync
    if signed is not None:
        heads.append(ChainHead(str(signed["station"]), int(signed["count"]), str(signed["head"])))
    keys = known_station_keys()
    for row in WitnessedHead.select():
        data = {
            "station": row.station_id,
            "count": row.count,
            "head": row.head_hash,
            "sig": row.signature,
        }
        public = keys.get(str(row.station_id))
        head = checked_station_head(data, str(row.station_id), public) if public else None
        if head is None:
            log.warning("kept head of %s does not verify; not used", row.station_id)
            continue
        heads.append(head)
    return heads
