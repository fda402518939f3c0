"""Test data made through the real services: an event, attendees, check-ins, signatures,
certificates. One home for "check someone in / sign someone", so every test builds what the
app itself would store (outbox rows, the signature evidence chain, signed tokens).

Functions, not fixtures: a test calls them on the active database (``home`` fixture, or a
sync ``Station.active()``). ``tests/conftest.py`` wraps ``plain_event`` as ``demo_event``.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from pathlib import Path
from typing import Any

from desktop_app.models import Attendee, Certificate, Checkin, Event, Signature

OPERATOR = "uji"


def plain_event(attendees: int = 40, seed: int = 7) -> Event:
    """The demo event's details and ``attendees`` invited people, none of the demo activity:
    when the demo gains more activity, tests built on this still start from zero."""
    from desktop_app.services.demo.demo_event import create_demo_event

    return create_demo_event(attendees=attendees, seed=seed, activity=False)


def new_event(**details: Any) -> Event:
    """An event as the Acara page saves it, without attendees: a morning briefing on
    27 September 2024 by Bawaslu Kota Kupang unless ``details`` (``EventInput`` fields) say
    otherwise."""
    from desktop_app.services.events.event_store import EventInput, create_event

    fields: dict[str, Any] = {
        "title": "Deklarasi Netralitas",
        "organizer": "Bawaslu Kota Kupang",
        "starts_local": dt.datetime(2024, 9, 27, 8),
        "ends_local": dt.datetime(2024, 9, 27, 12),
    }
    return create_event(EventInput(**(fields | details)))


def add_attendee(event: Event, full_name: str, code: str, **fields: Any) -> Attendee:
    """One attendee row as an import or a synced peer stores it (no validation), so a test can
    name exactly who it needs."""
    from desktop_app.services.people.names import bare_name

    return Attendee.create(
        event=event, code=code, full_name=full_name, sort_name=bare_name(full_name), **fields
    )


def first_attendees(event: Event, count: int) -> list[Attendee]:
    """The first ``count`` invited attendees by bare name (the order of every list)."""
    return list(
        Attendee.select().where(Attendee.event == event).order_by(Attendee.sort_name).limit(count)
    )


def check_in(
    event: Event, attendee: Attendee, operator: str = OPERATOR, method: str = "SEARCH"
) -> Checkin:
    """Check ``attendee`` in at the desk (the registration service), returning the arrival."""
    from desktop_app.services.registration.checkin import check_in as record_arrival

    return record_arrival(event, attendee, operator=operator, method=method).checkin


def check_in_first(event: Event, count: int, operator: str = OPERATOR) -> list[Attendee]:
    """Check in the first ``count`` attendees by bare name and return them."""
    people = first_attendees(event, count)
    for person in people:
        check_in(event, person, operator=operator)
    return people


@functools.lru_cache(maxsize=16)
def _handwriting(seed: int) -> tuple[Any, bytes]:
    # Strokes and their PNG depend only on the seed; rendering is most of a signature's cost.
    from desktop_app.services.demo.handwriting import synthetic_signature
    from desktop_app.services.signing.signature_render import render_png

    strokes = synthetic_signature(random.Random(seed))
    return strokes, render_png(strokes)


def sign(event: Event, attendee: Attendee, seed: int = 1, operator: str = OPERATOR) -> Signature:
    """Sign the attendee's current declaration with synthetic handwriting, consent given,
    through the signature-evidence service (the next link of this station's chain). The
    attendee must be present, as at a real desk."""
    from desktop_app.services.signing.declarations import current_text, declaration_key_for
    from desktop_app.services.signing.signature_evidence import record_signature

    strokes, png = _handwriting(seed)
    text = current_text(event, declaration_key_for(attendee))
    return record_signature(
        event, text, strokes, png, consent=True, attendee=attendee, operator=operator
    )


def attend(event: Event, count: int, signed: bool = True) -> list[Attendee]:
    """Make the first ``count`` attendees present and (``signed``) signed; who already is,
    stays as they are. Returns them."""
    from desktop_app.services.common.query_rows import rows_of
    from desktop_app.services.events.presence import present_attendee_ids

    people = first_attendees(event, count)
    present = {attendee_id for (attendee_id,) in rows_of(present_attendee_ids(event))}
    have_signed = {
        attendee_id
        for (attendee_id,) in rows_of(
            Signature.select(Signature.attendee).where(
                (Signature.event == event) & Signature.attendee.is_null(False)
            )
        )
    }
    for index, person in enumerate(people):
        if person.id not in present:
            check_in(event, person)
        if signed and person.id not in have_signed:
            sign(event, person, seed=index)
    return people


def certify(
    event: Event, operator: str = OPERATOR, keys_folder: Path | None = None
) -> list[Certificate]:
    """Issue the certificates everyone eligible is still missing (the issuing service)."""
    from desktop_app.services.certificates.issuing import issue_missing

    return issue_missing(event, operator=operator, keys_folder=keys_folder)


def sign_collective(event: Event, official: Any, seed: int = 2) -> Signature:
    """The official signs the event's current collective declaration (naskah kolektif)."""
    from desktop_app.services.signing.declarations import current_text
    from desktop_app.services.signing.signature_evidence import record_signature

    strokes, png = _handwriting(seed)
    text = current_text(event, "KOLEKTIF")
    return record_signature(
        event, text, strokes, png, consent=True, official=official, operator=OPERATOR
    )


def sign_document(event: Event, official: Any, document: str, seed: int = 3) -> Signature:
    """The official signs ``document`` (DAFTAR_HADIR, SERTIFIKAT, UNDANGAN) on the pad, an
    evidence record of its own (``document_signing``)."""
    from desktop_app.services.signing.document_signing import record_document_signature

    strokes, png = _handwriting(seed)
    return record_document_signature(
        event, official, document, strokes, png, consent=True, operator=OPERATOR
    )
