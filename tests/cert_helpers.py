"""Shared set-up for certificate tests: a demo-like event and attendees marked present/signed."""

from __future__ import annotations

import itertools
import random

from desktop_app.models import (
    Attendee,
    Checkin,
    DeclarationText,
    Event,
    Signature,
    stamp_and_log_many,
)

_chain = itertools.count(1)


def plain_event() -> Event:
    """The demo event's details and 40 attendees, but none of the demo activity: once other
    services add demo check-ins and signatures, these tests still start from zero."""
    from desktop_app.services.demo.demo_event import demo_event_input, generate_attendees
    from desktop_app.services.events.event_store import create_event

    with Event._meta.database.atomic():
        event = create_event(demo_event_input(), operator="test")
        stamp_and_log_many(Attendee, generate_attendees(event, 40, random.Random(7)))
    return event


def attend(event: Event, count: int, sign: bool = True) -> list[Attendee]:
    """Check in (and optionally sign for) the first ``count`` attendees by bare name."""
    people = list(
        Attendee.select().where(Attendee.event == event).order_by(Attendee.sort_name).limit(count)
    )
    text = DeclarationText.select().where(DeclarationText.event == event).first()
    for person in people:
        Checkin.create(event=event, attendee=person, operator="test")
        if sign:
            seq = next(_chain)
            Signature.create(
                event=event,
                attendee=person,
                declaration_text=text,
                signer_name=person.full_name,
                text_signed=text.body,
                text_sha256=text.body_sha256,
                strokes=b"x",
                strokes_sha256="0" * 64,
                image_png=b"png",
                consent=True,
                chain_seq=seq,
                prev_hash="0" * 64,
                record_hash=f"{seq:064d}",
            )
    return people
