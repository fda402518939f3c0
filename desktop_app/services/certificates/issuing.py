"""Issuing, revoking and print-logging certificates.

Eligible: the attendee is present (a check-in that was not voided) and, when the event
requires it, has signed. Issuing is idempotent per attendee and event: an attendee who
already has a certificate (even a revoked one) keeps it; a revoked one is replaced only
on purpose with ``reissue``. Reprints use the same row, so the number never changes.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peewee import JOIN

from desktop_app.models import (
    Attendee,
    Certificate,
    CertificateRevocation,
    Event,
    PrintRecord,
    Signature,
    local_station,
    stamp_and_log_many,
)
from desktop_app.services.certificates import numbering as certificate_numbering
from desktop_app.services.certificates.signing_keys import ActiveKey, active_key
from desktop_app.services.certificates.status import CertificateStatus
from desktop_app.services.certificates.token import Claims, sign_token
from desktop_app.services.common.audit import log_action
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from desktop_app.services.common.localtime import to_local
from desktop_app.services.events.presence import present_attendee_ids
from desktop_app.services.events.verify_address import url_prefix

log = logging.getLogger("ikrar.certificates")


Progress = Callable[[int, int], None]


def fk(row: Any, name: str) -> str:
    """The raw id of foreign key ``name`` without loading the row (``row.<name>_id``)."""
    return str(row.__data__[name])


def eligible_query(event: Event) -> Any:
    """Attendees entitled to a certificate, sorted by bare name."""
    query = Attendee.select().where(
        (Attendee.event == event) & ~Attendee.removed & Attendee.id.in_(present_attendee_ids(event))
    )
    if event.require_signature_for_certificate:
        signed = Signature.select(Signature.attendee).where(
            (Signature.event == event) & Signature.attendee.is_null(False)
        )
        query = query.where(Attendee.id.in_(signed))
    return query.order_by(Attendee.sort_name)


def eligible_attendees(event: Event) -> list[Attendee]:
    return list(eligible_query(event))


def event_date(event: Event) -> dt.date:
    """The certificate date: the event's start in its own zone."""
    return to_local(event.starts_at, event.timezone).date()


def _claims(event: Event, attendee: Attendee, number: str) -> Claims:
    return Claims(
        number=number,
        event_code=event.code,
        holder=attendee.full_name.strip(),
        role=attendee.role,
        date=event_date(event),
    )


def issue_missing(
    event: Event,
    operator: str = "",
    attendees: Sequence[Attendee] | None = None,
    keys_folder: Path | None = None,
    progress: Progress | None = None,
) -> list[Certificate]:
    """Issue certificates for eligible attendees (all, or the given ones) that have none.

    Returns the new certificates; everything is committed in one transaction.
    """
    with Certificate._meta.database.atomic():
        created = prepare_missing(event, operator, attendees, keys_folder, progress)
        store_issued(event, created, operator)
    return created


def prepare_missing(
    event: Event,
    operator: str = "",
    attendees: Sequence[Attendee] | None = None,
    keys_folder: Path | None = None,
    progress: Progress | None = None,
) -> list[Certificate]:
    """The certificates ``issue_missing`` would issue, numbered and signed but not stored
    yet (each with its attendee). Call inside the issuing transaction (the numbers are
    allocated in it) and write them with ``store_issued`` in the same transaction:
    ``ikrar certificates`` renders them while they are being written."""
    eligible = {a.id: a for a in eligible_attendees(event)}
    wanted = (
        list(eligible.values())
        if attendees is None
        else [eligible[a.id] for a in attendees if a.id in eligible]
    )
    have = {
        fk(row, "attendee")
        for row in Certificate.select(Certificate.attendee).where(Certificate.event == event)
    }
    todo = [a for a in wanted if a.id not in have]
    if not todo:
        return []
    key = active_key(event.organizer, keys_folder, operator=operator)
    station = local_station().code
    prefix_len = len(url_prefix(event.verify_base_url))
    created: list[Certificate] = []
    numbers = certificate_numbering.allocate(event, station, len(todo))
    for index, (attendee, parts) in enumerate(zip(todo, numbers, strict=True)):
        created.append(_signed_certificate(event, attendee, parts, station, key, prefix_len))
        if progress is not None and (index % 50 == 49 or index == len(todo) - 1):
            progress(index + 1, len(todo))
    return created


def store_issued(event: Event, created: Sequence[Certificate], operator: str = "") -> None:
    """Write the certificates ``prepare_missing`` made, with their outbox entries and the
    audit line (inside the same transaction)."""
    if not created:
        return
    # One prepared statement for all rows and their outbox entries: a thousand
    # single-row INSERTs cost more than signing the thousand tokens.
    stamp_and_log_many(Certificate, created)
    log_action(
        "certificates.issue",
        "event",
        event.id,
        operator,
        count=len(created),
        first=created[0].number,
        last=created[-1].number,
    )


def issue_certificate(
    event: Event, attendee: Attendee, operator: str = "", keys_folder: Path | None = None
) -> Certificate:
    """The attendee's certificate, issued now if needed. ``UserError`` if not eligible."""
    existing = certificate_for(event, attendee)
    if existing is not None:
        return existing
    created = issue_missing(event, operator, [attendee], keys_folder)
    if not created:
        if event.require_signature_for_certificate:
            raise UserError(
                "certificate.not_present_or_signed",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "{name} belum hadir dan menandatangani pernyataan; "
                    "sertifikat belum dapat dibuat.",
                ),
                name=attendee.full_name,
            )
        raise UserError(
            "certificate.not_present",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "{name} belum hadir; sertifikat belum dapat dibuat."
            ),
            name=attendee.full_name,
        )
    return created[0]


def certificate_for(event: Event, attendee: Attendee) -> Certificate | None:
    """The attendee's newest certificate for the event, revoked or not."""
    found: Certificate | None = (
        Certificate.select()
        .where((Certificate.event == event) & (Certificate.attendee == attendee))
        .order_by(Certificate.issued_at.desc())
        .first()
    )
    return found


def certificates_numbered(number: str, event_code: str | None = None) -> Any:
    """Certificates with ``number`` (of the event ``event_code`` when given). Numbers are
    unique within an event: two organizers' events may both have "001/SERT/..."."""
    query = Certificate.select().where(Certificate.number == number.strip())
    if event_code:
        query = query.join(Event).where(Event.code == event_code.strip().upper())
    return query


def get_certificate(number: str, event_code: str | None = None) -> Certificate:
    """The certificate with ``number`` (in event ``event_code`` when the number alone is
    not enough); ``UserError`` when none or several match."""
    found = list(certificates_numbered(number, event_code).limit(2))
    if not found:
        raise NotFoundError(
            "certificate.not_found",
            QT_TRANSLATE_NOOP("ServiceMessages", "Sertifikat bernomor '{number}' tidak ditemukan."),
            field="number",
            number=number,
        )
    if len(found) > 1:
        raise UserError(
            "certificate.number_in_several_events",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Nomor '{number}' dipakai sertifikat beberapa acara; sebutkan kode acaranya "
                "(--event KODE).",
            ),
            field="number",
            number=number,
        )
    cert: Certificate = found[0]
    return cert


def is_revoked(cert: Certificate) -> bool:
    return CertificateRevocation.select().where(CertificateRevocation.certificate == cert).exists()


def revoke(
    number: str, reason: str, operator: str = "", event_code: str | None = None
) -> CertificateRevocation:
    """Record that a certificate is no longer valid (synced like any other record)."""
    if not reason.strip():
        raise UserError(
            "certificate.revoke_reason_required",
            QT_TRANSLATE_NOOP("ServiceMessages", "Alasan pencabutan wajib diisi."),
            field="reason",
        )
    cert = get_certificate(number, event_code)
    if is_revoked(cert):
        raise UserError(
            "certificate.already_revoked",
            QT_TRANSLATE_NOOP("ServiceMessages", "Sertifikat {number} sudah dicabut sebelumnya."),
            number=cert.number,
        )
    with Certificate._meta.database.atomic():
        revocation = CertificateRevocation.create(
            certificate=cert, reason=reason.strip(), operator=operator
        )
        log_action(
            "certificates.revoke",
            "certificate",
            cert.id,
            operator,
            number=cert.number,
            reason=reason.strip(),
        )
    return revocation


def reissue(
    number: str,
    operator: str = "",
    keys_folder: Path | None = None,
    event_code: str | None = None,
) -> Certificate:
    """A new certificate (new number) for the holder of a revoked one, e.g. after a name fix."""
    old = get_certificate(number, event_code)
    if not is_revoked(old):
        raise UserError(
            "certificate.reissue_not_revoked",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "Sertifikat {number} masih berlaku; cabut dulu sebelum diganti."
            ),
            number=old.number,
        )
    event, attendee = old.event, old.attendee
    if attendee.id not in {a.id for a in eligible_attendees(event)}:
        raise UserError(
            "certificate.no_longer_eligible",
            QT_TRANSLATE_NOOP("ServiceMessages", "{name} tidak lagi memenuhi syarat sertifikat."),
            name=attendee.full_name,
        )
    key = active_key(event.organizer, keys_folder, operator=operator)
    station = local_station().code
    with Certificate._meta.database.atomic():
        parts = certificate_numbering.allocate(event, station, 1)[0]
        prefix_len = len(url_prefix(event.verify_base_url))
        cert = _signed_certificate(event, attendee, parts, station, key, prefix_len)
        cert.save(force_insert=True)
        log_action(
            "certificates.reissue",
            "certificate",
            cert.id,
            operator,
            number=cert.number,
            replaces=old.number,
        )
    return cert


def _signed_certificate(
    event: Event,
    attendee: Attendee,
    parts: certificate_numbering.NumberParts,
    station: str,
    key: ActiveKey,
    prefix_len: int,
) -> Certificate:
    """A certificate row (not yet stored) with its number and signed token."""
    token = sign_token(
        _claims(event, attendee, parts.number), key.private_key, key.raw_id, prefix_len
    )
    return Certificate(
        event=event,
        attendee=attendee,
        number=parts.number,
        seq=parts.seq,
        station_prefix=station,
        holder_name=attendee.full_name.strip(),
        role=attendee.role,
        key_id=key.key_id,
        token=token,
    )


@dataclass(frozen=True)
class CertificateRow:
    """One line of the certificates list."""

    attendee: Attendee
    certificate: Certificate | None
    revoked: bool
    prints: int

    @property
    def status(self) -> CertificateStatus:
        if self.revoked:
            return CertificateStatus.REVOKED
        return CertificateStatus.ISSUED if self.certificate else CertificateStatus.NOT_ISSUED


# What the list shows (and sorts on) of each person and certificate: the whole rows of
# 50,000 attendees and their certificates (tokens) would take the page ~100 MB to load.
_ROW_ATTENDEE = (
    Attendee.id,
    Attendee.full_name,
    Attendee.sort_name,
    Attendee.role,
    Attendee.institution,
)
_ROW_CERTIFICATE = (Certificate.id, Certificate.attendee, Certificate.number, Certificate.issued_at)


def certificate_rows(event: Event) -> list[CertificateRow]:
    """Eligible attendees and everyone with a certificate, with status and print counts (the
    rows carry the columns a list shows: name, role, institution; number)."""
    certs: dict[str, Certificate] = {}
    for cert in (
        Certificate.select(*_ROW_CERTIFICATE)
        .where(Certificate.event == event)
        .order_by(Certificate.issued_at)
    ):
        certs[fk(cert, "attendee")] = cert  # newest wins
    revoked = {
        fk(r, "certificate")
        for r in CertificateRevocation.select(CertificateRevocation.certificate)
        .join(Certificate)
        .where(Certificate.event == event)
    }
    prints: dict[str, int] = {}
    for p in (
        PrintRecord.select(PrintRecord.certificate, PrintRecord.copies)
        .join(Certificate)
        .where(Certificate.event == event)
    ):
        prints[fk(p, "certificate")] = prints.get(fk(p, "certificate"), 0) + p.copies
    people = {a.id: a for a in eligible_query(event).select(*_ROW_ATTENDEE)}
    missing = [aid for aid in certs if aid not in people]
    if missing:
        for a in Attendee.select(*_ROW_ATTENDEE).where(Attendee.id.in_(missing)):
            people[a.id] = a
    rows = []
    for attendee in sorted(people.values(), key=lambda a: a.sort_name):
        found = certs.get(attendee.id)
        rows.append(
            CertificateRow(
                attendee,
                found,
                found is not None and found.id in revoked,
                prints.get(found.id, 0) if found else 0,
            )
        )
    return rows


def record_prints(
    certs: Sequence[Certificate], operator: str = "", copies: int = 1
) -> list[PrintRecord]:
    """Log that certificates were printed; a certificate printed before is a reprint."""
    if copies < 1:
        raise UserError(
            "certificate.copies_below_one",
            QT_TRANSLATE_NOOP("ServiceMessages", "Jumlah salinan minimal 1."),
            field="copies",
        )
    printed_before = {
        fk(p, "certificate")
        for p in PrintRecord.select(PrintRecord.certificate).where(
            PrintRecord.certificate.in_([c.id for c in certs])
        )
    }
    records = []
    with PrintRecord._meta.database.atomic():
        for cert in certs:
            reprint = cert.id in printed_before
            records.append(
                PrintRecord.create(
                    certificate=cert, operator=operator, copies=copies, reprint=reprint
                )
            )
        if certs:
            log_action(
                "certificates.print",
                "event",
                fk(certs[0], "event"),
                operator,
                count=len(certs),
                copies=copies,
                reprints=sum(1 for r in records if r.reprint),
            )
    return records


def active_certificates(event: Event) -> list[Certificate]:
    """Certificates of the event that are not revoked, by holder's bare name."""
    revoked = CertificateRevocation.select(CertificateRevocation.certificate)
    return list(
        Certificate.select(Certificate, Attendee)
        .join(Attendee, JOIN.INNER, on=(Certificate.attendee == Attendee.id))
        .where((Certificate.event == event) & Certificate.id.not_in(revoked))
        .order_by(Attendee.sort_name)
    )


def active_certificate_ids(event: Event) -> list[tuple[str, str]]:
    """(certificate id, attendee id) of ``active_certificates``, in the same order, without
    building the rows (what a batch needs before it renders)."""
    revoked = CertificateRevocation.select(CertificateRevocation.certificate)
    rows: Any = (
        Certificate.select(Certificate.id, Certificate.attendee)
        .join(Attendee, JOIN.INNER, on=(Certificate.attendee == Attendee.id))
        .where((Certificate.event == event) & Certificate.id.not_in(revoked))
        .order_by(Attendee.sort_name)
        .tuples()
    )
    return [(str(cert), str(attendee)) for cert, attendee in rows]


def role_label_for(role: str) -> str:
    """``PESERTA`` → ``Peserta`` (unknown codes title-cased)."""
    from desktop_app.models.categories import Role

    try:
        return Role(role).label
    except ValueError:
        return role.title()
