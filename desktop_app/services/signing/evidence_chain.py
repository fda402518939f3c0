"""The signed evidence chain: every check-in, void, signature and declaration text version
a station makes becomes the next link of that station's chain, signed with the station's
Ed25519 key (appended by ``services/common/evidence_links.py``).

A link binds the record's digest (all its columns but sync stamps), the previous link's
hash and its own sequence number; the station signs the link hash. Whoever holds the
database but not the key cannot edit, insert or recompute a record unnoticed. Removing
the newest links (truncation) is caught against a *witness*: the chain head the hub has
seen (``/api/heads``), another station's copy, or a head printed on a document
(``IKRAR-HEAD:<station>:<count>:<hash>``). Without one, ``verify-log`` says so.

Records made before links existed (schema version 51; text versions: 170) have no link and
are reported as unsigned, not as tampered. A text version may be edited in place until
someone signs it (each edit is a link), so its current words must match one of its links.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, cast

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desktop_app.models import (
    Checkin,
    CheckinVoid,
    DeclarationText,
    Event,
    EvidenceLink,
    Signature,
    SyncedModel,
)
from desktop_app.models.clock import clock
from desktop_app.models.sync_state import HubStation, StationKey
from desktop_app.services.certificates.organizer_root import root_certifies, trusted_roots
from desktop_app.services.certificates.station_revocations import Revocation, revoked_by_list
from desktop_app.services.common.evidence_links import GENESIS, KIND_OF, LINK_FIELDS
from desktop_app.services.common.evidence_links import append_links as append_links
from desktop_app.services.common.evidence_links import link_hash as link_hash
from desktop_app.services.common.evidence_links import record_digest as record_digest
from desktop_app.services.common.station_key import station_public_key

CHAIN_VERSION = 51  # the schema version that introduced signed links
TEXT_LINK_VERSION = 170  # ... and the one from which declaration text versions are links too
HEAD_PREFIX = "IKRAR-HEAD"


# --- witnesses -----------------------------------------------------------------------


@dataclass(frozen=True)
class ChainHead:
    """What a witness saw of one station's chain: its length and last link hash (or prefix)."""

    station_id: str  # full id, or a prefix as printed
    count: int
    head_hash: str
    # "hub": the hub's current head, which may be ahead of what this station has pulled of
    # *other* stations; "document": a head printed earlier (or signed by the hub at a push),
    # which no copy may fall behind; "bundle": signed by the station into a bundle this
    # folder imported (services/signing/witnessed_heads.py), likewise.
    source: str = "document"

    def text(self) -> str:
        return f"{HEAD_PREFIX}:{self.station_id}:{self.count}:{self.head_hash[:16]}"

    def printed(self) -> str:
        """The short form documents print (station id and hash prefixes)."""
        return f"{HEAD_PREFIX}:{self.station_id[:8]}:{self.count}:{self.head_hash[:16]}"


def event_heads(event: Event) -> list[ChainHead]:
    """The current head of every station chain holding evidence of ``event`` (documents
    print these, so a later ``verify-log --head`` can show nothing was removed since)."""
    stations = (
        EvidenceLink.select(EvidenceLink.station_id)
        .where(EvidenceLink.event_id == event.id)
        .distinct()
        .tuples()
    )
    return [head_of(str(row[0])) for row in cast(Iterable[tuple[str]], stations)]


def parse_head(text: str) -> ChainHead | None:
    parts = text.strip().split(":")
    if len(parts) != 4 or parts[0].upper() != HEAD_PREFIX or not parts[2].isdigit():
        return None
    return ChainHead(parts[1].lower(), int(parts[2]), parts[3].lower())


def chain_heads() -> dict[str, ChainHead]:
    """The head of every station's chain in this database (the hub serves these)."""
    heads: dict[str, ChainHead] = {}
    query = EvidenceLink.select(
        EvidenceLink.station_id, EvidenceLink.chain_seq, EvidenceLink.link_hash
    ).order_by(EvidenceLink.station_id, EvidenceLink.chain_seq)
    for station, seq, digest in query.tuples().iterator():
        heads[station] = ChainHead(station, seq, digest)
    return heads


def head_of(station_id: str) -> ChainHead:
    """One station's head here (count 0 before its first link): what documents print."""
    head = (
        EvidenceLink.select(EvidenceLink.chain_seq, EvidenceLink.link_hash)
        .where(EvidenceLink.station_id == station_id)
        .order_by(EvidenceLink.chain_seq.desc())
        .first()
    )
    return (
        ChainHead(station_id, head.chain_seq, head.link_hash)
        if head
        else (ChainHead(station_id, 0, GENESIS))
    )


# --- verification --------------------------------------------------------------------


@dataclass(frozen=True)
class LinkProblem:
    station_id: str
    chain_seq: int
    record_id: str
    kind: str
    reason: str


@dataclass
class LinksReport:
    checked: int = 0
    unsigned: int = 0  # records made before version 51 (no link)
    unsigned_texts: int = 0  # declaration text versions made before version 170
    unverifiable: set[str] = field(default_factory=set)  # stations whose key is unknown here
    unwitnessed: set[str] = field(default_factory=set)  # own chain with no outside witness
    problems: list[LinkProblem] = field(default_factory=list)
    # Links of stations on the organizer's signed revocation list, dated after it: intact,
    # but not trusted (station id → (count, revocation)).
    after_revocation: dict[str, tuple[int, Revocation]] = field(default_factory=dict)


KeyLookup = Callable[[str], bytes | None]


def known_station_keys() -> dict[str, bytes]:
    """Station keys this database trusts: its own, learnt ones, and (on a hub) enrolled ones."""
    keys = {row.station_id: bytes(row.public_key) for row in StationKey.select()}
    roots = trusted_roots()
    for row in HubStation.select():
        public = bytes(row.public_key)
        # On a hub: only the key its root certified at enrolment (migration 130); a key
        # changed in the database alone is not believed.
        if not roots or root_certifies(roots, row.id, public, row.root_certificate):
            keys[row.id] = public
    keys[clock.station_id] = station_public_key()  # verifying needs no unlocking
    return keys


def _signature_ok(public: bytes, link: EvidenceLink) -> bool:
    try:
        signature = base64.b64decode(str(link.station_sig), validate=True)
        Ed25519PublicKey.from_public_bytes(public).verify(
            signature, str(link.link_hash).encode("ascii")
        )
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


def _event_records(event: Event) -> dict[str, tuple[str, SyncedModel]]:
    """Every evidence record of ``event`` by id: (kind, record)."""
    found: dict[str, tuple[str, SyncedModel]] = {}
    for checkin in Checkin.select().where(Checkin.event == event):
        found[checkin.id] = ("checkin", checkin)
    checkins = Checkin.select(Checkin.id).where(Checkin.event == event)
    for void in CheckinVoid.select().where(CheckinVoid.checkin.in_(checkins)):
        found[void.id] = ("void", void)
    for sig in Signature.select().where(Signature.event == event):
        found[sig.id] = ("signature", sig)
    for text in DeclarationText.select().where(DeclarationText.event == event):
        found[text.id] = ("text", text)
    return found


def _first_text_links() -> dict[str, Any]:
    """When each station first linked a text version: texts it made before are unsigned."""
    first: dict[str, Any] = {}
    query = EvidenceLink.select(EvidenceLink.station_id, EvidenceLink.created_at).where(
        EvidenceLink.kind == KIND_OF[DeclarationText]
    )
    for link in query:  # few: a handful of text versions per event
        station = str(link.station_id)
        if station not in first or link.created_at < first[station]:
            first[station] = link.created_at
    return first


def _check_texts(
    report: LinksReport,
    records: dict[str, tuple[str, SyncedModel]],
    text_links: dict[str, list[tuple[str, int, str]]],
) -> None:
    """A text version may be edited in place until signed (each edit is a link, possibly
    by another station): its words now must be those of one of its links."""
    first_links = _first_text_links()
    for rid, (kind, record) in records.items():
        if kind != KIND_OF[DeclarationText]:
            continue
        label = f"naskah '{record.__data__.get('key')}' versi {record.__data__.get('version')}"
        links = text_links.get(rid)
        if links:
            if record_digest(record) not in {digest for _, _, digest in links}:
                station, seq, _ = links[-1]
                report.problems.append(
                    LinkProblem(
                        station, seq, rid, "text", f"{label} diubah setelah ditandatangani stasiun"
                    )
                )
            continue
        first = first_links.get(str(record.station_id))
        if first is None or record.created_at < first:
            report.unsigned_texts += 1
        else:
            report.problems.append(
                LinkProblem(
                    str(record.station_id),
                    0,
                    rid,
                    "text",
                    f"{label} tidak ada dalam rantai bertanda tangan (disisipkan)",
                )
            )


def _station_named(prefix: str) -> str:
    """The full id of the station a printed head names by prefix (itself when unknown)."""
    if len(prefix) >= 36:
        return prefix
    for station in (clock.station_id, *StationKey.select(StationKey.station_id).tuples()):
        name = station if isinstance(station, str) else str(station[0])
        if name.startswith(prefix):
            return name
    found = (
        EvidenceLink.select(EvidenceLink.station_id)
        .where(EvidenceLink.station_id.startswith(prefix))
        .first()
    )
    return str(found.station_id) if found else prefix


def verify_links(
    event: Event, heads: Iterable[ChainHead] = (), key_for: KeyLookup | None = None
) -> LinksReport:
    """Check the signed chains of every station with evidence in ``event``."""
    report = LinksReport()
    keys = key_for or known_station_keys().get
    records = _event_records(event)
    linked: set[str] = set()
    text_links: dict[str, list[tuple[str, int, str]]] = {}
    head_list = list(heads)
    stations = {str(r.station_id) for _, r in records.values()}
    linked_stations = (
        EvidenceLink.select(EvidenceLink.station_id)
        .where(EvidenceLink.event_id == event.id)
        .distinct()
        .tuples()
    )
    stations |= {str(row[0]) for row in cast(Iterable[tuple[str]], linked_stations)}
    # A witnessed chain is checked even when nothing of it is left here.
    for head in head_list:
        if head.source == "hub" and head.station_id == clock.station_id:
            stations.add(head.station_id)
        elif head.source != "hub":
            stations.add(_station_named(head.station_id))
    revoked = revoked_by_list()
    for station in sorted(stations):
        links = list(
            EvidenceLink.select()
            .where(EvidenceLink.station_id == station)
            .order_by(EvidenceLink.chain_seq)
        )
        revocation = revoked.get(station)
        if revocation is not None:
            late = sum(1 for link in links if link.created_at > revocation.revoked_at)
            if late:
                report.after_revocation[station] = (late, revocation)
        public = keys(station)
        if links and public is None:
            report.unverifiable.add(station)

        def problem(seq: int, record_id: str, kind: str, reason: str, st: str = station) -> None:
            report.problems.append(LinkProblem(st, seq, record_id, kind, reason))

        expected, prev = 1, GENESIS
        for link in links:
            report.checked += 1
            seq, rid, kind = int(link.chain_seq), str(link.record_id), str(link.kind)
            values = {name: link.__data__.get(name) for name in LINK_FIELDS}
            if seq != expected:
                problem(
                    seq,
                    rid,
                    kind,
                    f"nomor urut rantai {seq}, seharusnya {expected} (ada catatan yang hilang)",
                )
            elif link.prev_hash != prev:
                problem(seq, rid, kind, "tidak tersambung ke catatan sebelumnya")
            elif link_hash(values) != link.link_hash:
                problem(seq, rid, kind, "tautan rantai telah diubah")
            elif public is not None and not _signature_ok(public, link):
                problem(
                    seq,
                    rid,
                    kind,
                    "tanda tangan stasiun tidak cocok (dihitung ulang tanpa kunci stasiun)",
                )
            elif link.event_id == event.id and kind == KIND_OF[DeclarationText]:
                text_links.setdefault(rid, []).append((station, seq, str(link.record_digest)))
                if rid not in records:
                    problem(seq, rid, kind, "versi naskah telah dihapus")
            elif link.event_id == event.id:
                found = records.get(rid)
                if found is None:
                    problem(seq, rid, kind, "catatan bukti telah dihapus")
                elif record_digest(found[1]) != link.record_digest:
                    problem(seq, rid, kind, "isi catatan diubah setelah ditandatangani stasiun")
            linked.add(rid)
            expected, prev = seq + 1, str(link.link_hash)
        for head in head_list:
            if not station.startswith(head.station_id) or head.count <= 0:
                continue
            if head.count > len(links):
                if head.source == "hub" and station != clock.station_id:
                    continue  # the hub may simply have more than this station pulled yet
                witness = (
                    "bundel yang diimpor dari stasiun ini" if head.source == "bundle" else "saksi"
                )
                problem(
                    len(links),
                    "",
                    "head",
                    f"{witness} mencatat {head.count} catatan, di sini hanya {len(links)} "
                    "(catatan terakhir dihapus)",
                )
            elif not str(links[head.count - 1].link_hash).startswith(head.head_hash):
                problem(
                    head.count,
                    str(links[head.count - 1].record_id),
                    "head",
                    "berbeda dari yang disaksikan (rantai ditulis ulang)",
                )
        if station == clock.station_id and not any(
            station.startswith(h.station_id) for h in head_list
        ):
            report.unwitnessed.add(station)
        first = links[0].created_at if links else None
        for rid, (kind, record) in records.items():
            if record.station_id != station or rid in linked or kind == KIND_OF[DeclarationText]:
                continue
            if first is None or record.created_at < first:
                report.unsigned += 1
            else:
                problem(0, rid, kind, "catatan tidak ada dalam rantai bertanda tangan (disisipkan)")
    _check_texts(report, records, text_links)
    return report
