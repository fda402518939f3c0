"""Appending to this station's signed evidence chain (checked in
``services/signing/evidence_chain.py``).

Here, below every area, because each area that saves evidence appends its link in the same
transaction: registration (check-ins, voids), signing (signatures, officials' texts) and
events (the declaration texts a new event starts with).

A link binds the record's digest, the previous link's hash and its own sequence number;
the station signs the link hash. A declaration text version's digest covers what it says
(id, event, key, version, title and the SHA-256 of the exact body), not its ``superseded``
mark, which a later version sets.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from desktop_app.models import (
    Checkin,
    CheckinVoid,
    DeclarationText,
    EvidenceLink,
    Signature,
    SyncedModel,
    stamp_and_log_many,
)
from desktop_app.models.base import row_payload
from desktop_app.models.clock import clock

if TYPE_CHECKING:  # cryptography is loaded only once something is signed
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

GENESIS = "0" * 64
# Stamped while saving, so not part of what the station vouches for.
UNSIGNED_COLUMNS = {"hlc", "updated_at"}
KIND_OF: dict[type[SyncedModel], str] = {
    Checkin: "checkin",
    CheckinVoid: "void",
    Signature: "signature",
    DeclarationText: "text",
}
LINK_FIELDS = (
    "station_id",
    "chain_seq",
    "kind",
    "record_id",
    "event_id",
    "record_digest",
    "prev_hash",
)


def canonical_json(data: Mapping[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def text_version_digest(text: DeclarationText) -> str:
    """SHA-256 over what a text version says, its body hashed from the stored words."""
    data = text.__data__
    body = data.get("body")
    body_bytes = body.encode("utf-8") if isinstance(body, str) else repr(body).encode()
    vouched = {
        "id": text.id,
        "event": data.get("event"),
        "key": data.get("key"),
        "version": data.get("version"),
        "title": data.get("title"),
        "body_sha256": hashlib.sha256(body_bytes).hexdigest(),
    }
    return hashlib.sha256(canonical_json(vouched)).hexdigest()


def record_digest(record: SyncedModel) -> str:
    """SHA-256 over every column of ``record`` but its sync stamps (blobs included); for a
    declaration text, over what the version says (``text_version_digest``)."""
    if isinstance(record, DeclarationText):
        return text_version_digest(record)
    data = {k: v for k, v in row_payload(record).items() if k not in UNSIGNED_COLUMNS}
    return hashlib.sha256(canonical_json(data)).hexdigest()


def link_hash(values: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_json({name: values[name] for name in LINK_FIELDS})).hexdigest()


def _event_of(record: SyncedModel) -> str:
    if isinstance(record, CheckinVoid):
        checkin_id = record.__data__.get("checkin")
        found = Checkin.select(Checkin.event).where(Checkin.id == checkin_id).tuples().first()
        return str(found[0]) if found else ""
    return str(record.__data__.get("event") or "")


def append_links(
    records: Sequence[SyncedModel],
    *,
    signer: tuple[str, Ed25519PrivateKey] | None = None,
    outbox: bool = True,
) -> list[EvidenceLink]:
    """Chain and sign ``records`` (just saved by this station); call inside their transaction.

    ``signer`` (station id, key) and ``outbox=False`` only for the demo's second desk, whose
    records pretend to have arrived by sync from a station of their own.
    """
    if not records:
        return []
    if signer is None:
        # Here, not at the top: the window imports this module (event_store, declarations)
        # before its first paint, and cryptography is loaded only once something is signed.
        from desktop_app.services.common.station_key import station_key

        station, key = clock.station_id, station_key()
    else:
        station, key = signer
    head = (
        EvidenceLink.select(EvidenceLink.chain_seq, EvidenceLink.link_hash)
        .where(EvidenceLink.station_id == station)
        .order_by(EvidenceLink.chain_seq.desc())
        .first()
    )
    seq, prev = (head.chain_seq, head.link_hash) if head else (0, GENESIS)
    links: list[EvidenceLink] = []
    for record in records:
        seq += 1
        values: dict[str, Any] = {
            "station_id": station,
            "chain_seq": seq,
            "kind": KIND_OF[type(record)],
            "record_id": record.id,
            "event_id": _event_of(record),
            "record_digest": record_digest(record),
            "prev_hash": prev,
        }
        digest = link_hash(values)
        signature = base64.b64encode(key.sign(digest.encode("ascii"))).decode("ascii")
        links.append(EvidenceLink(**values, link_hash=digest, station_sig=signature))
        prev = digest
    if len(links) == 1 and outbox:
        links[0].save(force_insert=True)
    else:
        stamp_and_log_many(EvidenceLink, list[SyncedModel](links), outbox=outbox)
    return links
