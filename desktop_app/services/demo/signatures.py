"""Demo activity: signatures for most present attendees and the officials' collective text.

ORDERING: this must run AFTER the demo check-ins (registration's demo activity), because
only present attendees may sign; ``demo.py`` imports the demo modules in that order.
"""

from __future__ import annotations

import datetime as dt
import random

from peewee import fn

from desktop_app.models import Attendee, Checkin, Event, Signature
from desktop_app.services.common.query_rows import rows_of
from desktop_app.services.demo.handwriting import synthetic_signature
from desktop_app.services.events.presence import valid_checkins
from desktop_app.services.signing.declarations import (
    current_text,
    declaration_key_for,
    declaration_officials,
)
from desktop_app.services.signing.document_signing import (
    document_signatures,
    officials_for,
    record_document_signature,
)
from desktop_app.services.signing.signature_evidence import record_signature
from desktop_app.services.signing.signature_render import render_png

SIGNING_SHARE = 0.9  # some attendees leave before the declaration is signed


def add_demo_signatures(event: Event, rng: random.Random) -> None:
    """Sign for ~90% of present attendees a few minutes after arrival, then the officials."""
    local_rng = random.Random(rng.random())  # do not shift the shared generator's sequence
    arrivals = (
        valid_checkins(event)
        .select(Checkin.attendee, fn.MIN(Checkin.checked_in_at).alias("at"))
        .group_by(Checkin.attendee)
        .dicts()
    )
    first_seen: dict[str, dt.datetime] = {
        row["attendee"]: Checkin.checked_in_at.python_value(row["at"]) for row in arrivals
    }
    signed = {
        attendee_id
        for (attendee_id,) in rows_of(
            Signature.select(Signature.attendee).where(Signature.event == event)
        )
    }
    latest = event.starts_at
    with Event._meta.database.atomic():
        people = Attendee.select().where(Attendee.id.in_(list(first_seen)))
        for attendee in people.order_by(Attendee.sort_name):
            if attendee.id in signed or local_rng.random() > SIGNING_SHARE:
                continue
            when = first_seen[attendee.id] + dt.timedelta(minutes=local_rng.uniform(3, 40))
            latest = max(latest, when)
            strokes = synthetic_signature(local_rng)
            record_signature(
                event,
                current_text(event, declaration_key_for(attendee)),
                strokes,
                render_png(strokes),
                consent=True,
                attendee=attendee,
                operator="demo",
                shown_at=when,
                signed_at=when,
            )
        collective = current_text(event, "KOLEKTIF")
        when = max(latest, event.starts_at + dt.timedelta(hours=2))
        already = {
            official_id
            for (official_id,) in rows_of(
                Signature.select(Signature.official).where(Signature.declaration_text == collective)
            )
        }
        for official in declaration_officials(event):
            if official.id in already:
                continue
            when += dt.timedelta(minutes=local_rng.uniform(1, 3))
            strokes = synthetic_signature(local_rng)
            record_signature(
                event,
                collective,
                strokes,
                render_png(strokes),
                consent=True,
                official=official,
                operator="demo",
                shown_at=when,
                signed_at=when,
            )
        # The Ketua then signs the daftar hadir and the certificates on the pad: each its
        # own act, recorded as evidence (documents show his signature only where he did).
        for document in ("DAFTAR_HADIR", "SERTIFIKAT"):
            done = document_signatures(event, document)
            for official in officials_for(event, document):
                if official.id in done:
                    continue
                when += dt.timedelta(minutes=local_rng.uniform(1, 3))
                strokes = synthetic_signature(local_rng)
                record_document_signature(
                    event,
                    official,
                    document,
                    strokes,
                    render_png(strokes),
                    consent=True,
                    operator="demo",
                    signed_at=when,
                )
