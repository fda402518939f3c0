"""Signature evidence: one append-only record per signature, hash-chained per station.

Each record stores the exact text signed (and its SHA-256), the strokes (compressed, with
their SHA-256), the rendered PNG, the consent given, the time (UTC plus the event's zone),
station and operator. ``record_hash`` is the SHA-256 of a canonical serialisation of all
those fields *and* the previous record's hash on the same station, so changing any stored
byte of any record, or removing one, breaks the chain at that record.

Every station keeps its own chain (``chain_seq`` 1, 2, 3 ...); after a sync the records of
other stations are verified within their own station's chain.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from peewee import fn

from desktop_app.models import Attendee, DeclarationText, Event, Official, Signature
from desktop_app.models.categories import SignatureMethod
from desktop_app.models.clock import clock
from desktop_app.services.certificates.revocations import revocation_time_text
from desktop_app.services.common.audit import log_action
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.events.presence import present_attendee_ids
from desktop_app.services.signing.declarations import render_text, sha256_text
from desktop_app.services.signing.evidence_chain import (
    CHAIN_VERSION,
    TEXT_LINK_VERSION,
    ChainHead,
    append_links,
    verify_links,
)
from desktop_app.services.signing.organizer_access import require_organizer
from desktop_app.services.signing.signature_strokes import StrokeData

log = logging.getLogger("ikrar.signing")

GENESIS_HASH = "0" * 64
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_PNG_BYTES = 2_000_000

CONSENT_TEXT = (
    "Saya menyetujui bahwa data tanda tangan saya (gambar tanda tangan serta goresan beserta "
    "waktu dan tekanannya) disimpan oleh penyelenggara sebagai bukti penandatanganan "
    "pernyataan ini, hanya dapat dibuka oleh penyelenggara, dan tidak digunakan untuk "
    "keperluan lain, sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data "
    "Pribadi."
)
CONFIRMATION_TEXT = (
    "Saya menyatakan telah membaca seluruh isi naskah di atas dan menandatanganinya dengan "
    "sadar tanpa paksaan dari pihak mana pun."
)

# Sync metadata (updated_at, hlc) is excluded from the hash: it is stamped while saving.
HASHED_FIELDS = (
    "id",
    "created_at",
    "station_id",
    "event",
    "attendee",
    "official",
    "declaration_text",
    "signer_name",
    "text_sha256",
    "strokes_sha256",
    "image_sha256",
    "consent",
    "consent_text",
    "signed_at",
    "timezone",
    "operator",
    "chain_seq",
    "prev_hash",
)


# Added with phone signing. Hashed only for a record not made on the pad, so every record
# made before (and every pad record) keeps the hash it was stored with.
METHOD_FIELDS = ("method", "user_agent")
MAX_USER_AGENT_CHARS = 400


def _instant(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    return value  # an unparseable (tampered) stored value is hashed as it is


def canonical_record(values: dict[str, Any]) -> bytes:
    """The bytes ``record_hash`` is computed over (``values`` keyed by HASHED_FIELDS)."""
    data = {name: values[name] for name in HASHED_FIELDS}
    data["created_at"] = _instant(data["created_at"])
    data["signed_at"] = _instant(data["signed_at"])
    if values.get("method", SignatureMethod.PAD) != SignatureMethod.PAD:
        data.update({name: values.get(name) for name in METHOD_FIELDS})
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def record_hash(values: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_record(values)).hexdigest()


def _hash_inputs(sig: Signature, image_sha256: str, consent: Any) -> dict[str, Any]:
    raw = sig.__data__
    values = {name: raw.get(name) for name in HASHED_FIELDS if name != "image_sha256"}
    values.update({name: raw.get(name) for name in METHOD_FIELDS})
    values["image_sha256"] = image_sha256
    values["consent"] = consent
    return values


def _check_png(image_png: bytes) -> None:
    if not image_png.startswith(PNG_MAGIC) or len(image_png) > MAX_PNG_BYTES:
        raise UserError(
            "signature.bad_image",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "Gambar tanda tangan tidak valid (harus PNG, paling besar 2 MB)."
            ),
        )


def record_signature(
    event: Event,
    text: DeclarationText,
    strokes: StrokeData,
    image_png: bytes,
    consent: bool,
    *,
    attendee: Attendee | None = None,
    official: Official | None = None,
    operator: str = "",
    shown_at: dt.datetime | None = None,
    signed_at: dt.datetime | None = None,
    method: SignatureMethod = SignatureMethod.PAD,
    user_agent: str = "",
) -> Signature:
    """Store one signature as the next link of this station's chain; returns it committed.

    ``shown_at`` is when the text was put in front of the signer (its date is part of the
    text); the stored ``text_signed`` is exactly what ``render_text`` gave for that moment.
    ``method`` says where it was given (the desk's pad, or the signer's phone through the
    venue hub, whose browser ``user_agent`` is kept with it).
    """
    if (attendee is None) == (official is None):
        raise UserError(
            "signature.one_signer",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "Tanda tangan harus milik satu peserta atau satu pejabat."
            ),
        )
    if not consent:
        raise UserError(
            "signature.consent_required",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Persetujuan penyimpanan data tanda tangan wajib dicentang sebelum menyimpan.",
            ),
            field="consent",
        )
    strokes.validate()
    _check_png(image_png)
    signed_at = signed_at or dt.datetime.now(dt.UTC)
    shown_at = shown_at or signed_at
    db = Signature._meta.database
    with db.atomic():
        text = DeclarationText.get_by_id(text.id)  # fresh: it may have been superseded
        if text.superseded or text.__data__.get("event") != event.id:
            raise UserError(
                "signature.text_superseded",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "Naskah ini sudah diganti dengan versi baru. Tampilkan ulang naskah lalu "
                    "tanda tangani lagi.",
                ),
            )
        if attendee is not None:
            _check_attendee_may_sign(event, attendee)
            signer_name = attendee.full_name
        else:
            assert official is not None
            _check_official_may_sign(event, official, text)
            signer_name = official.name
        text_signed = render_text(text, event, shown_at, attendee=attendee, official=official)
        station = clock.station_id
        head = (
            Signature.select(Signature.chain_seq, Signature.record_hash)
            .where(Signature.station_id == station)
            .order_by(Signature.chain_seq.desc())
            .first()
        )
        sig = Signature(
            event=event,
            attendee=attendee,
            official=official,
            declaration_text=text,
            signer_name=signer_name,
            text_signed=text_signed,
            text_sha256=sha256_text(text_signed),
            strokes=strokes.compressed(),
            strokes_sha256=strokes.sha256(),
            image_png=image_png,
            consent=True,
            consent_text=CONSENT_TEXT,
            signed_at=signed_at,
            created_at=signed_at,
            timezone=event.timezone,
            operator=operator,
            station_id=station,
            chain_seq=(head.chain_seq + 1) if head else 1,
            prev_hash=head.record_hash if head else GENESIS_HASH,
            method=SignatureMethod(method).value,
            user_agent=user_agent[:MAX_USER_AGENT_CHARS],
        )
        sig.record_hash = record_hash(_hash_inputs(sig, hashlib.sha256(image_png).hexdigest(), 1))
        sig.save(force_insert=True)
        append_links([sig])  # signed by this station's key, in the same transaction
        log_action(
            "signature.record",
            "signature",
            sig.id,
            operator,
            signer=signer_name,
            declaration=f"{text.key} v{text.version}",
            chain_seq=sig.chain_seq,
            record_hash=sig.record_hash,
            method=sig.method,
        )
    log.info("signature %s stored (chain %s #%d)", sig.id, station[:8], sig.chain_seq)
    return sig


def _check_attendee_may_sign(event: Event, attendee: Attendee) -> None:
    attendee = Attendee.get_by_id(attendee.id)
    if attendee.__data__.get("event") != event.id or attendee.removed:
        raise UserError(
            "signature.attendee_other_event",
            QT_TRANSLATE_NOOP("ServiceMessages", "Peserta ini tidak terdaftar pada acara ini."),
        )
    present = present_attendee_ids(event).where(Attendee.id == attendee.id)
    if not Attendee.select().where(Attendee.id.in_(present)).exists():
        raise UserError(
            "signature.not_checked_in",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "{name} belum registrasi hadir. Registrasikan dulu di meja registrasi.",
            ),
            name=attendee.full_name,
        )
    if (
        Signature.select()
        .where((Signature.event == event) & (Signature.attendee == attendee))
        .exists()
    ):
        raise UserError(
            "signature.attendee_already_signed",
            QT_TRANSLATE_NOOP("ServiceMessages", "{name} sudah menandatangani pernyataan."),
            name=attendee.full_name,
        )


def _check_official_may_sign(event: Event, official: Official, text: DeclarationText) -> None:
    if official.__data__.get("event") != event.id or official.removed:
        raise UserError(
            "signature.official_not_signer",
            QT_TRANSLATE_NOOP("ServiceMessages", "Pejabat ini bukan penandatangan pada acara ini."),
        )
    if (
        Signature.select()
        .where((Signature.official == official) & (Signature.declaration_text == text))
        .exists()
    ):
        raise UserError(
            "signature.official_already_signed",
            QT_TRANSLATE_NOOP("ServiceMessages", "{name} sudah menandatangani naskah ini."),
            name=official.name,
        )


def signature_for(event: Event, attendee: Attendee) -> Signature | None:
    """The attendee's signature in this event, if any."""
    found: Signature | None = (
        Signature.select()
        .where((Signature.event == event) & (Signature.attendee == attendee))
        .order_by(Signature.signed_at)
        .first()
    )
    return found


def read_strokes(signature: Signature, organizer_pin: str, operator: str = "") -> StrokeData:
    """The raw strokes of a signature, for the organizer role only (access is audited)."""
    require_organizer(organizer_pin)
    log_action("signature.strokes_read", "signature", signature.id, operator)
    return StrokeData.from_compressed(bytes(signature.strokes))


# --- verification --------------------------------------------------------------------


@dataclass(frozen=True)
class BrokenLink:
    """The first record of a station's chain that fails verification, and why."""

    signature_id: str
    station_id: str
    chain_seq: int
    signer_name: str
    event_code: str
    reason: str

    def describe(self) -> str:
        return (
            f"catatan #{self.chain_seq} stasiun {self.station_id[:8]} "
            f"(id {self.signature_id}, {self.signer_name or 'tanpa nama'}, acara "
            f"{self.event_code or '?'}): {self.reason}"
        )


@dataclass
class ChainReport:
    checked: int = 0
    stations: int = 0
    broken: list[BrokenLink] = field(default_factory=list)
    # The signed evidence chain (evidence_chain.py): links checked, records older than it.
    links: int = 0
    unsigned: int = 0
    unsigned_texts: int = 0
    unwitnessed: bool = False
    unverifiable: int = 0
    # Per station on the organizer's revocation list: (records dated after it, when, why).
    after_revocation: list[tuple[str, int, str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.broken

    def message(self) -> str:
        if self.ok:
            return (
                f"Rantai bukti utuh: {self.checked} catatan tanda tangan dari "
                f"{self.stations} stasiun diperiksa; {self.links} catatan bukti bertanda "
                "tangan stasiun cocok."
            )
        return f"Rantai bukti RUSAK pada {self.broken[0].describe()}"

    def notes(self) -> list[str]:
        """What the check could not prove (printed after an intact result)."""
        notes = []
        if self.unsigned:
            notes.append(
                f"{self.unsigned} catatan tanpa tanda tangan stasiun (dibuat sebelum versi "
                f"{CHAIN_VERSION}); isinya hanya dilindungi rantai hash lama."
            )
        if self.unsigned_texts:
            notes.append(
                f"{self.unsigned_texts} versi naskah tanpa tanda tangan stasiun (dibuat sebelum "
                f"versi {TEXT_LINK_VERSION}); kata-kata yang ditandatangani tetap tersimpan di "
                "setiap catatan tanda tangan."
            )
        if self.unverifiable:
            notes.append(
                f"Kunci {self.unverifiable} stasiun tidak dikenal di sini: tanda tangannya "
                "tidak dapat diperiksa (sinkronkan dengan hub dulu)."
            )
        for station, count, when, reason in self.after_revocation:
            notes.append(
                f"{count} catatan bukti stasiun {station[:8]} dibuat setelah stasiun dicabut "
                f"penyelenggara ({when}, {reason}): tidak diubah, tetapi TIDAK dipercaya."
            )
        if self.unwitnessed:
            notes.append(
                "Tidak ada saksi di luar laptop ini (hub tidak terjangkau, tanpa --head): "
                "penghapusan catatan TERAKHIR tidak dapat dibuktikan."
            )
        return notes


def _stations_of(event: Event) -> list[str]:
    rows = (
        Signature.select(Signature.station_id)
        .where(Signature.event == event)
        .group_by(Signature.station_id)
        .order_by(fn.MIN(Signature.chain_seq))
    )
    return sorted({r.station_id for r in rows}, key=lambda s: (s != clock.station_id, s))


def _verify_record(sig: Signature, raw_consent: Any) -> str | None:
    """None when the record is intact, else the reason (Indonesian)."""
    if sha256_text(str(sig.text_signed)) != sig.text_sha256:
        return "teks pernyataan tidak cocok dengan SHA-256 yang tersimpan (text_sha256)"
    try:
        strokes = StrokeData.from_compressed(bytes(sig.strokes))
    except (zlib.error, ValueError, KeyError, TypeError, IndexError):
        return "data goresan rusak dan tidak dapat dibaca"
    if strokes.sha256() != sig.strokes_sha256:
        return "data goresan tidak cocok dengan SHA-256 yang tersimpan (strokes_sha256)"
    image = sig.image_png
    if image is not None and not isinstance(image, bytes | bytearray | memoryview):
        # SQLite keeps whatever was written: text in a blob column is an edit, not a crash.
        return f"kolom image_png berisi {type(image).__name__}, bukan data gambar"
    image_sha = hashlib.sha256(bytes(image) if image is not None else b"").hexdigest()
    # Consent is stored as the integer 1; any other stored value is an edit.
    consent = raw_consent if isinstance(raw_consent, int) else repr(raw_consent)
    if record_hash(_hash_inputs(sig, image_sha, consent)) != sig.record_hash:
        return "isi catatan telah diubah (record_hash tidak cocok)"
    return None


def verify_chain(event: Event, heads: Iterable[ChainHead] = ()) -> ChainReport:
    """Check every station chain that holds signatures of ``event``, record by record.

    Two passes: first each record's own hashes (an edited record is named as itself),
    then the links (sequence numbers without gaps, ``prev_hash`` = previous record hash),
    which catch removed or reordered records.
    """
    report = ChainReport()
    db = Signature._meta.database
    events = {e.id: e.code for e in Event.select(Event.id, Event.code)}
    link_breaks: list[BrokenLink] = []

    def broken(sig: Signature, station: str, reason: str) -> BrokenLink:
        return BrokenLink(
            signature_id=sig.id,
            station_id=station,
            chain_seq=sig.chain_seq,
            signer_name=str(sig.signer_name),
            event_code=events.get(sig.__data__.get("event"), ""),
            reason=reason,
        )

    for station in _stations_of(event):
        report.stations += 1
        raw_consents = dict(
            db.execute_sql(
                "SELECT id, consent FROM signature WHERE station_id = ?", (station,)
            ).fetchall()
        )
        expected_seq, prev = 1, GENESIS_HASH
        content_broken: BrokenLink | None = None
        link_broken: BrokenLink | None = None
        query = (
            Signature.select().where(Signature.station_id == station).order_by(Signature.chain_seq)
        )
        for sig in query.iterator():
            report.checked += 1
            if content_broken is None:
                try:
                    reason = _verify_record(sig, raw_consents.get(sig.id))
                except Exception as exc:  # any column a hand edit made unreadable
                    log.warning("signature %s cannot be checked", sig.id, exc_info=True)
                    reason = f"catatan tidak dapat diperiksa ({type(exc).__name__})"
                if reason is not None:
                    content_broken = broken(sig, station, reason)
            if link_broken is None:
                if sig.chain_seq != expected_seq:
                    link_broken = broken(
                        sig,
                        station,
                        (
                            f"nomor urut rantai {sig.chain_seq}, seharusnya {expected_seq} "
                            "(ada catatan yang hilang atau nomornya diubah)"
                        ),
                    )
                elif sig.prev_hash != prev:
                    link_broken = broken(
                        sig,
                        station,
                        "tidak tersambung ke catatan sebelumnya (prev_hash tidak cocok)",
                    )
            expected_seq, prev = expected_seq + 1, sig.record_hash
        if content_broken is not None:
            report.broken.append(content_broken)
        if link_broken is not None and (
            content_broken is None or link_broken.signature_id != content_broken.signature_id
        ):
            link_breaks.append(link_broken)
    # An edited record is the cause; broken links after it are consequences: list it first.
    report.broken.extend(link_breaks)
    signed = verify_links(event, heads)
    report.links, report.unsigned = signed.checked, signed.unsigned
    report.unsigned_texts = signed.unsigned_texts
    report.unwitnessed, report.unverifiable = bool(signed.unwitnessed), len(signed.unverifiable)
    report.after_revocation = [
        (station, count, revocation_time_text(revocation.revoked_at), revocation.reason or "-")
        for station, (count, revocation) in sorted(signed.after_revocation.items())
    ]
    for found in signed.problems:
        report.broken.append(
            BrokenLink(
                signature_id=found.record_id,
                station_id=found.station_id,
                chain_seq=found.chain_seq,
                signer_name=f"rantai bertanda tangan, {found.kind}",
                event_code=event.code,
                reason=found.reason,
            )
        )
    return report
