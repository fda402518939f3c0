"""Shared set-up for certificate tests: mark demo attendees present and signed."""

from __future__ import annotations

import itertools

from desktop_app.models import Attendee, Checkin, DeclarationText, Event, Signature

_chain = itertools.count(1)


def attend(event: Event, count: int, sign: bool = True) -> list[Attendee]:
    """Check in (and optionally sign for) the first ``count`` attendees by bare name."""
    people = list(Attendee.select().where(Attendee.event == event)
                  .order_by(Attendee.sort_name).limit(count))
    text = DeclarationText.select().where(DeclarationText.event == event).first()
    for person in people:
        Checkin.create(event=event, attendee=person, operator="test")
        if sign:
            seq = next(_chain)
            Signature.create(
                event=event, attendee=person, declaration_text=text,
                signer_name=person.full_name, text_signed=text.body,
                text_sha256=text.body_sha256, strokes=b"x", strokes_sha256="0" * 64,
                image_png=b"png", consent=True, chain_seq=seq, prev_hash="0" * 64,
                record_hash=f"{seq:064d}",
            )
    return people
