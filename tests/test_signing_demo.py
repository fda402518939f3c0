"""Demo signatures run after check-ins whatever order the activities were registered in."""

from __future__ import annotations

import datetime as dt
import random

from desktop_app.models import Attendee, Checkin, Event, Signature
from desktop_app.services import demo
from desktop_app.services.signature_evidence import verify_chain


def _demo_checkins(event: Event, rng: random.Random) -> None:
    for attendee in Attendee.select().where(Attendee.event == event):
        if rng.random() < 0.8:
            Checkin.create(event=event, attendee=attendee, operator="demo",
                           checked_in_at=event.starts_at + dt.timedelta(minutes=rng.randint(
                               -30, 60)))


def test_demo_signs_present_attendees_even_if_checkins_registered_later(home, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Registered after the signing activity, as a careless merge could leave it.
    monkeypatch.setattr(demo, "DEMO_ACTIVITY", demo.DEMO_ACTIVITY + [_demo_checkins])
    from desktop_app.services import signing_demo

    monkeypatch.setattr(signing_demo, "DEMO_ACTIVITY", demo.DEMO_ACTIVITY)
    event = demo.create_demo_event(attendees=30, seed=3)
    present = Checkin.select(Checkin.attendee).distinct().count()
    signed = Signature.select().where(Signature.attendee.is_null(False))
    assert present > 15
    assert 0.75 * present <= signed.count() <= present
    for sig in signed:
        checkin = Checkin.get(Checkin.attendee == sig.attendee)
        assert sig.signed_at > checkin.checked_in_at  # signed after arriving
        assert "2024" in sig.text_signed and sig.operator == "demo"
    officials = Signature.select().where(Signature.official.is_null(False)).count()
    assert officials == 2
    assert verify_chain(event).ok
