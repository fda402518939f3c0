"""Demo activity: realistic arrivals at two desks on the morning of the demo event.

About 80 % of the invited come, between 07.30 and 09.30 local time, most of them in the
half hour before the start; a few are checked in twice (a repeat at the other desk) and
one mistaken check-in is voided, so the dashboard and documents have real history.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import uuid

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.models import (
    Attendee,
    Checkin,
    CheckinVoid,
    Event,
    Station,
    SyncedModel,
    local_station,
    stamp_and_log_many,
)
from desktop_app.models.sync_state import StationKey
from desktop_app.services.common.audit import log_action
from desktop_app.services.common.localtime import local_to_utc, to_local
from desktop_app.services.common.query_rows import fk
from desktop_app.services.common.station_key import public_bytes
from desktop_app.services.signing.evidence_chain import append_links

PRESENT_SHARE = 0.8
SECOND_DESK = "Meja 2"


def second_station() -> Station:
    """The non-local "Meja 2" station the demo pretends synced its check-ins from."""
    station = Station.get_or_none((Station.name == SECOND_DESK) & (Station.is_local == False))  # noqa: E712
    if station is None:
        station_id = str(uuid.uuid4())
        station = Station.create(id=station_id, name=SECOND_DESK, code="M2", is_local=False)
    return station


def second_desk_key(desk: Station) -> Ed25519PrivateKey:
    """A key for the demo's Meja 2 (made from its station id), known to this station."""
    seed = hashlib.sha256(b"ikrar-demo-second-desk\n" + desk.id.encode()).digest()
    key = Ed25519PrivateKey.from_private_bytes(seed)
    StationKey.insert(
        station_id=desk.id, name=desk.name, public_key=public_bytes(key), source="demo"
    ).on_conflict_replace().execute()
    return key


def add_demo_checkins(event: Event, rng: random.Random) -> None:
    """Check in ~80 % of the event's attendees over the morning from two stations."""
    attendees = list(Attendee.select().where(Attendee.event == event).order_by(Attendee.code))
    if not attendees:
        return
    here, there = local_station(), second_station()
    day = to_local(event.starts_at, event.timezone).date()
    opening = local_to_utc(dt.datetime.combine(day, dt.time(7, 30)), event.timezone)
    window = 120 * 60  # 07.30–09.30
    peak = 35 * 60  # most arrive around 08.05
    present = rng.sample(attendees, round(len(attendees) * PRESENT_SHARE))
    rows: list[Checkin] = []
    for attendee in present:
        at = opening + dt.timedelta(seconds=int(rng.triangular(0, window, peak)))
        desk = rng.choice((here, there))
        rows.append(_checkin(event, attendee, at, desk, rng))
        if rng.random() < 0.04:  # came back to the desk, or scanned again at the other one
            again = at + dt.timedelta(minutes=rng.randint(3, 40))
            rows.append(_checkin(event, attendee, again, there if desk is here else here, rng))
    arrived = {a.id for a in present}  # a set: `in` on the list made 50,000 people take hours
    absent = [a for a in attendees if a.id not in arrived]
    mistaken = None
    if absent:
        person = rng.choice(absent)
        at = opening + dt.timedelta(seconds=int(rng.triangular(0, window, peak)))
        mistaken = _checkin(event, person, at, here, rng)
        rows.append(mistaken)
    rows.sort(key=lambda c: c.checked_in_at)
    with Event._meta.database.atomic():
        # Meja 2's rows pretend to have come from Meja 2 by sync: not in this outbox, since a
        # station pushes only what it wrote itself (sync/authorship.py).
        own = [r for r in rows if r.station_id == here.id]
        stamp_and_log_many(Checkin, list[SyncedModel](own))
        append_links(own)
        theirs = [r for r in rows if r.station_id != here.id]
        stamp_and_log_many(Checkin, list[SyncedModel](theirs), outbox=False)
        # ... signed in Meja 2's own evidence chain, with a key this station knows, as
        # after a real sync: `ikrar verify-log` on the demo checks both desks' chains.
        append_links(theirs, signer=(there.id, second_desk_key(there)), outbox=False)
        if mistaken is not None:
            void = CheckinVoid.create(
                checkin=mistaken.id,
                operator="Operator Meja 1",
                reason="Salah pilih nama (nama mirip).",
                voided_at=mistaken.checked_in_at + dt.timedelta(minutes=1),
            )
            append_links([void])
            log_action(
                "checkin.void",
                "checkin",
                mistaken.id,
                "Operator Meja 1",
                reason="Salah pilih nama (nama mirip).",
                attendee=fk(mistaken, "attendee"),
            )


def _checkin(
    event: Event, attendee: Attendee, at: dt.datetime, desk: Station, rng: random.Random
) -> Checkin:
    return Checkin(
        id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        event=event,
        attendee=attendee,
        checked_in_at=at,
        created_at=at,
        operator="Operator Meja 1" if desk.is_local else "Operator Meja 2",
        method=rng.choices(["SEARCH", "SCANNER"], [3, 2])[0],
        station_id=desk.id,
    )
