"""Headline numbers of an event: invited, present, signed, certificates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from peewee import fn

from desktop_app.models import (
    Attendee,
    Certificate,
    CertificateRevocation,
    Event,
    Signature,
)
from desktop_app.services.events.presence import present_attendee_ids


@dataclass(frozen=True)
class EventCounts:
    attendees: int
    present: int
    signed: int
    certificates: int


def event_counts(event: Event) -> EventCounts:
    """Headline numbers for lists and the dashboard."""
    attendees = Attendee.select().where((Attendee.event == event) & ~Attendee.removed)
    present = attendees.where(Attendee.id.in_(present_attendee_ids(event)))
    signed = (
        Signature.select(fn.COUNT(fn.DISTINCT(Signature.attendee)))
        .where((Signature.event == event) & Signature.attendee.is_null(False))
        .scalar()
    )
    revoked = CertificateRevocation.select(CertificateRevocation.certificate)
    certificates = Certificate.select().where(
        (Certificate.event == event) & Certificate.id.not_in(revoked)
    )
    return EventCounts(
        attendees=attendees.count(),
        present=present.count(),
        signed=int(signed or 0),
        certificates=certificates.count(),
    )


def event_summary(event: Event) -> dict[str, Any]:
    """The JSON shape of ``ikrar events --json``."""
    counts = event_counts(event)
    return {
        "code": event.code,
        "id": event.id,
        "title": event.title,
        "organizer": event.organizer,
        "venue": event.venue,
        "city": event.city,
        "timezone": event.timezone,
        "start": event.starts_at.astimezone(dt.UTC).isoformat(),
        "end": event.ends_at.astimezone(dt.UTC).isoformat(),
        "attendees": counts.attendees,
        "present": counts.present,
        "signed": counts.signed,
        "certificates": counts.certificates,
    }
