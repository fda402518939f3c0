"""What the documents print, read from the database in a few queries (no Qt, no drawing)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from desktop_app.models import Attendee, Checkin, DeclarationText, Event, Official, Signature
from desktop_app.services.common.localtime import format_date, format_time
from desktop_app.services.common.query_rows import fk
from desktop_app.services.events.presence import valid_checkins
from desktop_app.services.people.identity_display import (
    PrintedIdentity,
    format_identifier,
    number_label,
    printed_identity,
)
from desktop_app.services.signing.declarations import current_text
from desktop_app.services.signing.document_signing import document_signatures, officials_for


@dataclass(frozen=True)
class AttendanceRow:
    attendee_id: str
    name: str
    identifier: str  # NIP / NI PPPK (formatted) or NRP; NIK is never printed in full
    position: str
    institution: str
    category: str
    checked_in_at: dt.datetime | None
    signature: Signature | None
    identity: PrintedIdentity = PrintedIdentity("", "")  # with its label; NIK masked


@dataclass(frozen=True)
class OfficialBlock:
    name: str
    position: str
    nip: str  # formatted; empty when the official has none
    nip_label: str  # "NIP" or "NI PPPK"
    signature_png: bytes | None  # only when the official signed this document on the pad


def event_header(event: Event) -> dict[str, str]:
    """Lines every document header uses (local date with day, venue, time with zone)."""
    return {
        "organizer": event.organizer,
        "title": event.title,
        "date": format_date(event.starts_at, event.timezone, with_day=True),
        "date_plain": format_date(event.starts_at, event.timezone),
        "place": ", ".join(p for p in (event.venue, event.city) if p),
        "city": event.city or event.venue,
        "time": f"{format_time(event.starts_at, event.timezone)} – selesai",
    }


def attendance_rows(event: Event, include_absent: bool = False) -> list[AttendanceRow]:
    """Present attendees (or everyone), sorted by bare name, with first check-in and signature."""
    first_checkin = (
        valid_checkins(event)
        .select(Checkin.attendee, fn.MIN(Checkin.checked_in_at).alias("at"))
        .group_by(Checkin.attendee)
    )
    arrived = {row.attendee_id: row.at for row in first_checkin}
    signatures: dict[str, Signature] = {}
    for sig in (
        Signature.select()
        .where((Signature.event == event) & Signature.attendee.is_null(False))
        .order_by(Signature.signed_at.desc())
    ):
        signatures[fk(sig, "attendee")] = sig  # earliest wins (iterated newest first)
    rows = []
    query = Attendee.select().where((Attendee.event == event) & ~Attendee.removed)
    for attendee in query.order_by(Attendee.sort_name, Attendee.full_name):
        at = arrived.get(attendee.id)
        if at is not None and not isinstance(at, dt.datetime):
            at = Checkin.checked_in_at.python_value(at)
        if at is None and not include_absent:
            continue
        rows.append(
            AttendanceRow(
                attendee_id=attendee.id,
                name=attendee.full_name,
                identifier=printed_identity(attendee).value,
                position=attendee.position,
                institution=attendee.institution,
                category=attendee.category,
                checked_in_at=at,
                signature=signatures.get(attendee.id),
                identity=printed_identity(attendee, with_nik=True),
            )
        )
    return rows


def official_blocks(event: Event, document: str) -> list[OfficialBlock]:
    """Officials who sign ``document`` (DAFTAR_HADIR, SERTIFIKAT, UNDANGAN), in order.

    A signature image is included only when the official signed this very document on the
    pad (an evidence record, ``document_signing``); otherwise the block is for wet ink.
    """
    signed = document_signatures(event, document)
    return [
        OfficialBlock(
            name=official.name,
            position=official.position,
            nip=format_identifier(official.nip),
            nip_label=number_label(official.nip),
            signature_png=bytes(signed[official.id].image_png) if official.id in signed else None,
        )
        for official in officials_for(event, document)
    ]


def collective_signatures(event: Event) -> tuple[str, list[tuple[Official, Signature | None]]]:
    """The collective text as signed (else the current text) and each official's signature."""
    sigs = list(
        Signature.select(Signature, DeclarationText)
        .join(DeclarationText)
        .where(
            (Signature.event == event)
            & Signature.official.is_null(False)
            & (DeclarationText.key == "KOLEKTIF")
        )
        .order_by(Signature.signed_at)
    )
    by_official = {fk(s, "official"): s for s in reversed(sigs)}
    if sigs:
        text = sigs[-1].text_signed
    else:
        from desktop_app.services.signing.declarations import render_text

        text = render_text(current_text(event, "KOLEKTIF"), event, event.starts_at)
    officials = Official.select().where((Official.event == event) & ~Official.removed)
    pairs = [
        (o, by_official.get(o.id))
        for o in officials.order_by(Official.sort_order)
        if "DEKLARASI" in o.signs.split(",") or o.id in by_official
    ]
    return text, pairs
