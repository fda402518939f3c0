"""What the documents print, read from the database in a few queries (no Qt, no drawing)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from desktop_app.models import Attendee, Checkin, Event, Official, Signature
from desktop_app.services.common.localtime import format_date, format_time
from desktop_app.services.common.query_rows import fk
from desktop_app.services.events.presence import valid_checkins
from desktop_app.services.people.identity_display import attendee_identifier, format_identifier
from desktop_app.services.signing.declarations import current_text


@dataclass(frozen=True)
class AttendanceRow:
    attendee_id: str
    name: str
    identifier: str  # NIP (formatted) or NRP; NIK is never printed
    position: str
    institution: str
    category: str
    checked_in_at: dt.datetime | None
    signature: Signature | None


@dataclass(frozen=True)
class OfficialBlock:
    name: str
    position: str
    nip: str
    signature_png: bytes | None


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
                identifier=attendee_identifier(attendee),
                position=attendee.position,
                institution=attendee.institution,
                category=attendee.category,
                checked_in_at=at,
                signature=signatures.get(attendee.id),
            )
        )
    return rows


def official_blocks(event: Event, document: str) -> list[OfficialBlock]:
    """Officials who sign ``document`` (DAFTAR_HADIR, DEKLARASI), with a signature image.

    The image is the one stored on the official, else their signature of the collective text.
    """
    collective: dict[str, bytes] = {}
    for sig in (
        Signature.select()
        .where((Signature.event == event) & Signature.official.is_null(False))
        .order_by(Signature.signed_at)
    ):
        collective.setdefault(fk(sig, "official"), bytes(sig.image_png))
    blocks = []
    query = Official.select().where((Official.event == event) & ~Official.removed)
    for official in query.order_by(Official.sort_order):
        if document not in official.signs.split(","):
            continue
        png = bytes(official.signature_png) if official.signature_png else None
        blocks.append(
            OfficialBlock(
                name=official.name,
                position=official.position,
                nip=format_identifier(official.nip),
                signature_png=png or collective.get(official.id),
            )
        )
    return blocks


def collective_signatures(event: Event) -> tuple[str, list[tuple[Official, Signature | None]]]:
    """The collective text as signed (else the current text) and each official's signature."""
    sigs = list(
        Signature.select()
        .where((Signature.event == event) & Signature.official.is_null(False))
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
