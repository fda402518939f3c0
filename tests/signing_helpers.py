"""Shared builders for the signing tests: present attendees and recorded signatures."""

from __future__ import annotations

import random

from desktop_app.models import Attendee, Checkin, Event
from desktop_app.services.demo.handwriting import synthetic_signature
from desktop_app.services.signing.declarations import current_text, declaration_key_for
from desktop_app.services.signing.signature_evidence import record_signature
from desktop_app.services.signing.signature_render import render_png


def check_in(event: Event, count: int) -> list[Attendee]:
    """Check in the first ``count`` attendees (by name) and return them."""
    attendees = list(event.attendees.order_by(Attendee.sort_name).limit(count))
    for attendee in attendees:
        Checkin.create(event=event, attendee=attendee, operator="uji", method="CLI")
    return attendees


def sign(event: Event, attendee: Attendee, seed: int = 1, operator: str = "uji"):  # type: ignore[no-untyped-def]
    strokes = synthetic_signature(random.Random(seed))
    text = current_text(event, declaration_key_for(attendee))
    return record_signature(
        event,
        text,
        strokes,
        render_png(strokes),
        consent=True,
        attendee=attendee,
        operator=operator,
    )


def sign_document(event: Event, official, document: str, seed: int = 3):  # type: ignore[no-untyped-def]
    """The official signs ``document`` (DAFTAR_HADIR, SERTIFIKAT, UNDANGAN) on the pad."""
    from desktop_app.services.signing.document_signing import record_document_signature

    strokes = synthetic_signature(random.Random(seed))
    return record_document_signature(
        event, official, document, strokes, render_png(strokes), consent=True, operator="uji"
    )
