"""The data model on a real SQLite file: UUIDs, stamps, the outbox, append-only evidence."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.models import Attendee, Change, Checkin, Event, Station, local_station
from desktop_app.services.common.errors import NotFoundError
from desktop_app.services.events.event_counts import event_counts
from desktop_app.services.events.event_store import get_event


def test_every_save_lands_in_the_outbox_with_growing_hlc(demo_event) -> None:
    attendee = Attendee.select().where(Attendee.event == demo_event).first()
    before = Change.select().count()
    attendee.position = "Kepala Bidang Baru"
    attendee.save()
    change = Change.select().order_by(Change.seq.desc()).first()
    assert Change.select().count() == before + 1
    assert change.row_id == attendee.id
    assert json.loads(change.payload)["position"] == "Kepala Bidang Baru"
    older = Change.select().where(Change.row_id == attendee.id).order_by(Change.seq).first()
    assert older.hlc < change.hlc


def test_records_carry_station_and_utc_times(demo_event) -> None:
    station = local_station()
    assert demo_event.station_id == station.id
    assert Station.select().where(Station.is_local == True).count() == 1  # noqa: E712
    reloaded = Event.get_by_id(demo_event.id)
    assert reloaded.starts_at == dt.datetime(2024, 9, 27, 0, 0, tzinfo=dt.UTC)  # 08.00 WITA


def test_checkins_are_append_only(demo_event) -> None:
    from desktop_app.services.events.presence import present_attendee_ids

    # The demo has check-ins of its own (registration demo activity): take someone absent.
    attendee = (
        Attendee.select()
        .where(
            (Attendee.event == demo_event) & Attendee.id.not_in(present_attendee_ids(demo_event))
        )
        .first()
    )
    before = event_counts(demo_event).present
    checkin = Checkin.create(event=demo_event, attendee=attendee)
    checkin.method = "EDITED"
    with pytest.raises(PermissionError):
        checkin.save()
    with pytest.raises(PermissionError):
        checkin.delete_instance()
    assert event_counts(demo_event).present == before + 1


def test_unknown_event_code_is_a_clear_error(home) -> None:
    with pytest.raises(NotFoundError, match="tidak ditemukan"):
        get_event("NOPE99")
