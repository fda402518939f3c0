"""Offline bundles: all rows of one event in a signed, encrypted file for USB.

Layout: a zip with ``manifest.json`` (event, signer station and its Ed25519 public key,
SHA-256 of the rows), ``rows.jsonl`` (one ``{"table", "payload"}`` per line, parents
first) and ``manifest.sig`` (the station's signature over the manifest bytes).
By default, when the station knows its organizer's encryption key (learnt at pairing),
the rows are sealed to it instead (``rows.sealed``, ``sync/bundle_sealing.py``): only the
hub or the organizer's laptop can read them; sealed rows also carry the NIK hash key of an
event the signer created (a ``nik_hash_key`` line, ``sync/nik_keys.py``). With a password
the whole zip is sealed with AES-256-GCM under a scrypt-derived key (readable by whoever
has the password); ``plain`` writes the rows readable by anyone.
Import verifies everything first, then applies the rows with the normal sync rules in
one transaction: importing the same bundle twice changes nothing, a bad one stores nothing.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import logging
import os
import secrets
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from desktop_app.models import (
    Attendee,
    AuditLog,
    Certificate,
    CertificateNumberBlock,
    CertificateRevocation,
    Change,
    Checkin,
    CheckinVoid,
    DeclarationText,
    Event,
    EvidenceLink,
    Official,
    PrintRecord,
    Signature,
    SigningKey,
    SyncedModel,
    database_proxy,
    local_station,
)
from desktop_app.models.base import row_payload
from desktop_app.models.fields import utcnow
from desktop_app.models.sync_state import StationKey
from desktop_app.paths import DataDir
from desktop_app.services.certificates.organizer_encryption import (
    organizer_encryption_key,
    root_encryption_keys,
)
from desktop_app.services.certificates.organizer_root import root_certifies, trusted_roots
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.common.messages import Message, Param, message
from desktop_app.services.common.settings import PUSHED_SEQ, STATION_CERTIFICATE
from desktop_app.services.events.event_store import get_event
from desktop_app.services.signing.witnessed_heads import (
    checked_station_head,
    remember_station_head,
    signed_own_head,
)
from desktop_app.sync import bundle_limits, bundle_revocations, bundle_sealing, nik_keys
from desktop_app.sync.apply import RowError, apply_rows
from desktop_app.sync.authorship import SHARED_TABLES, authorize_rows
from desktop_app.sync.bundle_limits import open_bundle_zip
from desktop_app.sync.identity import b64, fingerprint, load_or_create_key, public_bytes
from desktop_app.sync.row_seal import SEAL, seal

log = logging.getLogger("ikrar.sync")

FORMAT = "ikrar-bundle/1"
MAGIC = b"IKRAR-BUNDLE-AESGCM-1\n"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
MAX_BUNDLE_BYTES = 512 * 1024 * 1024


class BundleError(UserError):
    """A bundle that cannot be exported or is refused on import (nothing was stored)."""


class UntrustedBundleError(BundleError):
    """Signed by a station this one does not know yet; the user may choose to trust it."""

    def __init__(self, station_name: str, fingerprint: str) -> None:
        super().__init__(
            "bundle.untrusted",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Bundel dari stasiun yang belum dikenal: '{station}', sidik jari "
                "{fingerprint}. Cocokkan sidik jari dengan stasiun pengirim, lalu impor "
                "dengan --trust.",
            ),
            station=station_name,
            fingerprint=fingerprint,
        )
        self.station_name = station_name
        self.fingerprint = fingerprint


@dataclass(frozen=True)
class BundleInfo:
    path: Path
    event_code: str
    rows: int
    encrypted: bool
    fingerprint: str
    # The organizer root the rows were sealed to ("" when not sealed to the organizer).
    sealed_for: str = ""


@dataclass(frozen=True)
class ImportResult:
    event_code: str
    station_name: str
    rows: int
    applied: int
    conflicts: int
    newly_trusted: bool

    def summary_message(self) -> Message:
        values: dict[str, Param] = {
            "event": self.event_code,
            "station": self.station_name,
            "rows": self.rows,
            "applied": self.applied,
            "conflicts": self.conflicts,
        }
        if self.applied == 0:
            return message(
                "bundle.nothing_new",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "Bundel acara {event} dari {station}: {rows} baris, "
                    "semuanya sudah ada. Tidak ada yang berubah.",
                ),
                **values,
            )
        if self.conflicts:
            return message(
                "bundle.imported_with_conflicts",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "Bundel acara {event} dari {station} diimpor: {applied} dari {rows} baris "
                    "baru atau lebih baru, {conflicts} konflik dicatat di log audit.",
                ),
                **values,
            )
        return message(
            "bundle.imported",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Bundel acara {event} dari {station} diimpor: {applied} dari {rows} baris "
                "baru atau lebih baru.",
            ),
            **values,
        )

    def summary(self) -> str:
        return str(self.summary_message())


# -- export ---------------------------------------------------------------------------


def event_queries(event: Event) -> list[tuple[type[SyncedModel], Any]]:
    """Every row belonging to the event, per model, parents first."""
    checkins = Checkin.select(Checkin.id).where(Checkin.event == event)
    certificates = Certificate.select(Certificate.id).where(Certificate.event == event)
    attendees = Attendee.select(Attendee.id).where(Attendee.event == event)
    key_ids = Certificate.select(Certificate.key_id).where(Certificate.event == event)
    # The audit trail of everything the bundle carries (keys are audited by key id).
    related = [
        attendees,
        checkins,
        certificates,
        key_ids,
        Official.select(Official.id).where(Official.event == event),
        DeclarationText.select(DeclarationText.id).where(DeclarationText.event == event),
        Signature.select(Signature.id).where(Signature.event == event),
    ]
    chains = (
        EvidenceLink.select(EvidenceLink.station_id)
        .where(EvidenceLink.event_id == event.id)
        .distinct()
    )
    in_bundle = AuditLog.entity_id == event.id
    for ids in related:
        in_bundle |= AuditLog.entity_id.in_(ids)
    audit = AuditLog.select().where(in_bundle)
    return [
        (Event, Event.select().where(Event.id == event.id)),
        (
            CertificateNumberBlock,
            CertificateNumberBlock.select().where(CertificateNumberBlock.event == event),
        ),
        (Official, Official.select().where(Official.event == event)),
        (DeclarationText, DeclarationText.select().where(DeclarationText.event == event)),
        (Attendee, Attendee.select().where(Attendee.event == event)),
        (Checkin, Checkin.select().where(Checkin.event == event)),
        (CheckinVoid, CheckinVoid.select().where(CheckinVoid.checkin.in_(checkins))),
        (Signature, Signature.select().where(Signature.event == event)),
        (SigningKey, SigningKey.select().where(SigningKey.key_id.in_(key_ids))),
        (Certificate, Certificate.select().where(Certificate.event == event)),
        (
            CertificateRevocation,
            CertificateRevocation.select().where(
                CertificateRevocation.certificate.in_(certificates)
            ),
        ),
        (PrintRecord, PrintRecord.select().where(PrintRecord.certificate.in_(certificates))),
        # Whole chains of the stations with evidence here: a chain is checked link by link.
        (EvidenceLink, EvidenceLink.select().where(EvidenceLink.station_id.in_(chains))),
        (AuditLog, audit),
    ]


def _derive_key(password: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(
        password.encode("utf-8")
    )


def encrypt(data: bytes, password: str) -> bytes:
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    sealed = AESGCM(_derive_key(password, salt)).encrypt(nonce, data, MAGIC)
    return MAGIC + salt + nonce + sealed


def decrypt(data: bytes, password: str) -> bytes:
    body = data[len(MAGIC) :]
    salt, nonce, sealed = body[:16], body[16:28], body[28:]
    try:
        return AESGCM(_derive_key(password, salt)).decrypt(nonce, sealed, MAGIC)
    except InvalidTag:
        raise BundleError(
            "bundle.wrong_password",
            QT_TRANSLATE_NOOP("ServiceMessages", "Kata sandi bundel salah, atau berkasnya rusak."),
            field="password",
        ) from None


def export_bundle(
    home: DataDir, event_code: str, out: Path, password: str = "", plain: bool = False
) -> BundleInfo:
    """Write the event's rows to ``out`` as a signed bundle: sealed to the organizer when
    its key is known, unless a ``password`` is given (then the whole file is sealed with
    it) or ``plain`` is asked for."""
    event = get_event(event_code)
    key = load_or_create_key(home.keys)
    station = local_station()
    lines: list[bytes] = []
    for model, query in event_queries(event):
        table = model._meta.table_name
        for row in query.order_by(model.hlc):
            payload = row_payload(cast(Any, row))
            if payload.get("station_id") == station.id:
                # Its own rows carry this station's seal, so whoever relays them to the hub
                # cannot change them (sync/authorship.py).
                payload = seal(payload, station.id, key)
            lines.append(
                json.dumps(
                    {"table": table, "payload": payload},
                    ensure_ascii=False,
                    separators=(",", ":"),
                ).encode("utf-8")
            )
    public = public_bytes(key)
    organizer = None if password or plain else organizer_encryption_key()
    # Sealed to the organizer only: the key of an event this station created (nik_keys.py).
    extra_lines = nik_keys.bundle_key_lines(event.id) if organizer else []
    rows_bytes = b"\n".join([*lines, *extra_lines]) + b"\n"
    envelope = bundle_sealing.new_envelope(organizer.key, organizer.root) if organizer else None
    extra: dict[str, Any] = {}
    if envelope is not None:
        extra["encryption"] = envelope.header
    carries_own_chain = (
        EvidenceLink.select(EvidenceLink.id)
        .where((EvidenceLink.station_id == station.id) & (EvidenceLink.event_id == event.id))
        .exists()
    )
    own_head = signed_own_head(key) if carries_own_chain else None
    if own_head is not None:
        # This station's chain head, signed: the importing folder keeps it as a witness,
        # so a later truncation of this chain in its copy shows (witnessed_heads.py).
        extra["chain_head"] = own_head
    if STATION_CERTIFICATE.get():
        # The organizer root's certificate of this station's key: a station or hub that
        # trusts the root accepts the bundle without asking (import_bundle).
        extra["station_certificate"] = json.loads(STATION_CERTIFICATE.get())
    extra.update(bundle_revocations.for_manifest())
    manifest = json.dumps(
        {
            "format": FORMAT,
            "event_id": event.id,
            "event_code": event.code,
            "event_title": event.title,
            "station_id": station.id,
            "station_name": station.name,
            "public_key": b64(public),
            "created_at": utcnow().isoformat(timespec="seconds"),
            "rows": len(lines),
            "rows_sha256": hashlib.sha256(rows_bytes).hexdigest(),
            **extra,
        },
        ensure_ascii=False,
        indent=1,
    ).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", manifest)
        archive.writestr("manifest.sig", base64.b64encode(key.sign(manifest)))
        if envelope is not None:
            archive.writestr(
                bundle_limits.SEALED_MEMBER,
                bundle_sealing.seal_rows(envelope, rows_bytes, manifest),
                compress_type=zipfile.ZIP_STORED,
            )
        else:
            archive.writestr(bundle_limits.ROWS_MEMBER, rows_bytes)
    data = buffer.getvalue()
    if password:
        data = encrypt(data, password)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, out)
    except OSError as exc:
        raise BundleError(
            "bundle.cannot_write",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "Bundel tidak dapat ditulis ke '{path}' ({reason})."
            ),
            path=str(out),
            reason=str(exc.strerror),
        ) from exc
    return BundleInfo(
        out,
        event.code,
        len(lines),
        bool(password or organizer),
        fingerprint(public),
        fingerprint(organizer.root) if organizer else "",
    )


# -- import ---------------------------------------------------------------------------


@dataclass(frozen=True)
class VerifiedBundle:
    manifest: dict[str, Any]
    rows: list[tuple[str, dict[str, Any]]]
    public_key: bytes
    # NIK hash keys found in rows sealed to the organizer (sync/nik_keys.py).
    nik_keys: tuple[Any, ...] = ()


def read_bundle(path: Path, password: str = "", home: DataDir | None = None) -> VerifiedBundle:
    """Open, decrypt and verify a bundle's signature and integrity (no trust decision).

    Rows sealed to the organizer open only with an organizer root kept in ``home``.
    """
    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise BundleError(
                "bundle.too_large",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages", "Berkas terlalu besar untuk sebuah bundel Ikrar."
                ),
            )
        data = path.read_bytes()
    except OSError as exc:
        raise BundleError(
            "file.cannot_read",
            QT_TRANSLATE_NOOP("ServiceMessages", "Berkas '{path}' tidak dapat dibaca ({reason})."),
            path=str(path),
            reason=str(exc.strerror),
        ) from exc
    if data.startswith(MAGIC):
        if not password:
            raise BundleError(
                "bundle.password_required",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "Bundel terenkripsi: perlu kata sandi (--password-file atau --ask-password).",
                ),
                field="password",
            )
        data = decrypt(data, password)
    try:
        # Sizes and members are checked, and the signature verified, before rows inflate.
        opened = open_bundle_zip(data)
        manifest_bytes = opened.manifest
        try:
            signature = base64.b64decode(opened.signature, validate=True)
        except ValueError as exc:
            raise bundle_limits.damaged("manifest.sig") from exc
        try:
            manifest = json.loads(manifest_bytes)
            public_key = base64.b64decode(manifest["public_key"], validate=True)
            Ed25519PublicKey.from_public_bytes(public_key).verify(signature, manifest_bytes)
        except (InvalidSignature, ValueError, KeyError, TypeError, RecursionError) as exc:
            raise BundleError(
                "bundle.bad_signature",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "Tanda tangan bundel tidak sah: berkas telah diubah atau rusak. "
                    "Tidak ada data yang disimpan.",
                ),
            ) from exc
        if manifest.get("format") != FORMAT:
            raise BundleError(
                "bundle.unknown_format",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "Format bundel tidak dikenal (dibuat oleh versi Ikrar lain?).",
                ),
            )
        bundle_limits.check_row_count(manifest.get("rows"))
        if opened.sealed != ("encryption" in manifest):
            raise bundle_limits.damaged("manifest.json: encryption")
        sealed = opened.sealed
        if sealed:
            rows_bytes = _open_sealed(opened, manifest, manifest_bytes, home)
            rows_sha256 = hashlib.sha256(rows_bytes).hexdigest()
        else:
            rows_bytes, rows_sha256 = bundle_limits.inflate_rows(opened)
    except BundleError:
        raise
    except UserError as exc:  # the limits' refusals, as a bundle error
        raise BundleError.from_message(exc.message) from exc
    if rows_sha256 != manifest.get("rows_sha256"):
        raise BundleError(
            "bundle.rows_changed",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Isi bundel tidak cocok dengan tanda tangannya: berkas telah diubah. "
                "Tidak ada data yang disimpan.",
            ),
        )
    try:
        rows = []
        keys: list[Any] = []
        for line in rows_bytes.splitlines():
            if line.strip():
                item = json.loads(line)
                if isinstance(item, dict) and nik_keys.BUNDLE_ITEM in item:
                    if sealed:  # a plain bundle's key line is ignored
                        keys.append(item[nik_keys.BUNDLE_ITEM])
                    continue
                rows.append((str(item["table"]), item["payload"]))
    except (json.JSONDecodeError, KeyError, TypeError, RecursionError) as exc:
        raise BundleError(
            "bundle.unreadable_rows",
            QT_TRANSLATE_NOOP("ServiceMessages", "Isi bundel tidak dapat dibaca."),
        ) from exc
    return VerifiedBundle(manifest, rows, public_key, tuple(keys))


def _open_sealed(
    opened: bundle_limits.OpenedBundle,
    manifest: dict[str, Any],
    manifest_bytes: bytes,
    home: DataDir | None,
) -> bytearray:
    header = bundle_sealing.parse_header(manifest["encryption"])
    # The organizer root of this data folder, or of the hub this laptop runs (<data>/hub).
    folders = [home.keys, DataDir(home.root / "hub").keys] if home is not None else []
    private = root_encryption_keys(folders).get(header.recipient)
    if private is None:
        raise BundleError(
            "bundle.sealed_for_organizer",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Bundel ini terenkripsi untuk penyelenggara (kunci induk {fingerprint}); "
                "hanya hub atau laptop penyelenggara yang dapat membukanya. Tidak ada data "
                "yang disimpan.",
            ),
            fingerprint=fingerprint(header.root),
        )
    return bundle_sealing.open_rows(
        header, private, bytes(bundle_limits.read_sealed_rows(opened)), manifest_bytes
    )


def certified_by_trusted_root(manifest: dict[str, Any], public_key: bytes) -> bool:
    """Whether the manifest's station certificate shows a trusted organizer root certified
    the signer's key (stations of one event then accept each other's bundles)."""
    cert = manifest.get("station_certificate")
    if not isinstance(cert, dict):
        return False
    # Only the root named in the certificate, and only if this data folder trusts it.
    roots = [root for root in trusted_roots() if b64(root) == cert.get("root")]
    station_id = str(manifest.get("station_id", ""))
    return root_certifies(roots, station_id, public_key, cert.get("sig"))


def import_bundle(
    home: DataDir, path: Path, password: str = "", trust: bool = False
) -> ImportResult:
    """Verify, decide trust, then apply the bundle in one transaction."""
    bundle = read_bundle(path, password, home)
    manifest = bundle.manifest
    signer_id = str(manifest.get("station_id", ""))
    signer_name = str(manifest.get("station_name", "")) or signer_id[:8]
    print_fp = fingerprint(bundle.public_key)
    me = local_station()
    own_key = public_bytes(load_or_create_key(home.keys))
    known = StationKey.get_or_none(StationKey.station_id == signer_id)
    newly_trusted = certified = False
    if signer_id == me.id:
        if bundle.public_key != own_key:
            raise BundleError(
                "bundle.own_station_other_key",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "Bundel mengaku dari stasiun ini tetapi kuncinya lain. Ditolak.",
                ),
            )
    elif known is not None:
        if bytes(known.public_key) != bundle.public_key:
            raise BundleError(
                "bundle.station_other_key",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "Bundel mengaku dari '{station}' tetapi ditandatangani kunci lain "
                    "(sidik jari {fingerprint}). Bundel asing ditolak; tidak ada yang disimpan.",
                ),
                station=signer_name,
                fingerprint=print_fp,
            )
    else:
        certified = certified_by_trusted_root(manifest, bundle.public_key)
        if not trust and not certified:
            raise UntrustedBundleError(signer_name, print_fp)
        newly_trusted = True
    head = None
    if "chain_head" in manifest and signer_id != me.id:
        head = checked_station_head(manifest["chain_head"], signer_id, bundle.public_key)
        if head is None:
            raise BundleError(
                "bundle.bad_chain_head",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "Kepala rantai bukti dalam bundel tidak sah. Tidak ada data yang disimpan.",
                ),
            )
    pushed = PUSHED_SEQ.get()
    try:
        with database_proxy.atomic():
            if newly_trusted:
                StationKey.create(
                    station_id=signer_id,
                    name=signer_name,
                    public_key=bundle.public_key,
                    source="root" if certified else "bundle",
                )
            keys = {row.station_id: bytes(row.public_key) for row in StationKey.select()}
            keys[signer_id], keys[me.id] = bundle.public_key, own_key
            # The bundle's signer wrote its unsealed rows; others' rows need their seal.
            accepted, refused = authorize_rows(bundle.rows, keys.get, fallback_writer=signer_id)
            for refusal in refused:
                log.warning("bundle from %s: refused %s", signer_name, refusal)
            result = apply_rows(accepted, pending_after_seq=pushed)
            nik_keys.accept_bundle_keys(
                list(bundle.nik_keys), str(manifest.get("event_id", "")), signer_id
            )
            # Relay: rows new to this station go into its outbox, so a station with
            # network carries a colleague's offline work to the hub (author-only rows
            # only under their author's seal, which the hub checks).
            relay = [
                {
                    "table_name": table,
                    "row_id": payload["id"],
                    "hlc": payload["hlc"],
                    "payload": json.dumps(payload, ensure_ascii=False, separators=(",", ":")),
                    "created_at": utcnow(),
                }
                for table, payload in result.changed
                if table in SHARED_TABLES or SEAL in payload
            ]
            for i in range(0, len(relay), 500):
                Change.insert_many(relay[i : i + 500]).execute()
            bundle_revocations.keep_from_manifest(manifest, signer_name)
            if head is not None:
                remember_station_head(head, str(manifest["chain_head"]["sig"]))
    except RowError as exc:
        raise BundleError(
            "bundle.bad_rows",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "Isi bundel tidak sah ({reason}). Tidak ada data yang disimpan."
            ),
            reason=str(exc),
        ) from exc
    except Exception as exc:
        log.exception("bundle import failed")
        raise BundleError(
            "bundle.not_applied",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Bundel tidak dapat diterapkan ({error}). Tidak ada "
                "data yang disimpan; rincian ada di log.",
            ),
            error=type(exc).__name__,
        ) from exc
    return ImportResult(
        str(manifest.get("event_code", "")),
        signer_name,
        len(bundle.rows),
        result.inserted + result.updated,
        result.conflicts,
        newly_trusted,
    )
