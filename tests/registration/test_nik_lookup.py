"""A NIK typed at another desk is here only as its hash under the event's key: the whole NIK
still finds that person (exact search), makes a walk-in a duplicate and an import an update;
a NIK stored before the key arrived waits with an empty hash and is hashed when it comes."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop_app.models import Attendee, Event, new_uuid
from desktop_app.models.nik_keys import KeyOrigin, NikHashKey, event_key, store_key
from desktop_app.models.personal_data import legacy_nik_key, nik_hash
from desktop_app.services.people.nik_lookup import attendees_with_nik, fill_missing_hashes
from desktop_app.services.registration.attendee_import import import_attendees
from desktop_app.services.registration.walk_in import (
    DuplicateAttendeeError,
    WalkInInput,
    register_walk_in,
)
from tests.factories import add_attendee, new_event

NIK = "5301014309860003"


@pytest.fixture
def event(home: Path) -> Event:
    return new_event()


def typed_elsewhere(event: Event) -> Attendee:
    """The row as it arrives from the desk where the NIK was typed: hash and mask only."""
    key = event_key(event.id)
    assert key is not None
    return add_attendee(
        event,
        "Yohana Bria",
        "NIKTAMU1",
        nik_hash=nik_hash(key, NIK),
        nik_masked="5301********0003",
        institution="Tokoh masyarakat",
    )


def test_the_creating_station_makes_a_random_key(event: Event) -> None:
    key = event_key(event.id)
    assert key is not None and len(key) == 32 and key != legacy_nik_key(event.id)
    assert NikHashKey.get_by_id(event.id).origin == KeyOrigin.CREATED
    assert event_key(new_event(title="Acara lain").id) != key


def test_whole_nik_finds_a_person_typed_at_another_desk(event: Event) -> None:
    guest = typed_elsewhere(event)
    assert [a.id for a in attendees_with_nik(event, "5301 0143 0986 0003")] == [guest.id]
    assert attendees_with_nik(event, "5301014309860004") == []
    assert attendees_with_nik(event, "") == []
    with pytest.raises(DuplicateAttendeeError) as duplicate:
        register_walk_in(event, WalkInInput(full_name="Yohana B.", nik=NIK))
    assert duplicate.value.attendee.id == guest.id


def test_import_of_that_nik_updates_the_same_person(event: Event, tmp_path: Path) -> None:
    guest = typed_elsewhere(event)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["No", "Nama", "NIK", "Jabatan", "Instansi"])
    sheet.append([1, "Yohana Bria", NIK, "Ketua RT", "Tokoh masyarakat"])
    workbook.save(tmp_path / "tamu.xlsx")
    report = import_attendees(event, tmp_path / "tamu.xlsx")
    assert (report.imported, report.updated) == (0, 1)
    assert Attendee.select().where(Attendee.event == event).count() == 1
    updated = Attendee.get_by_id(guest.id)
    assert updated.position == "Ketua RT" and updated.nik_hash == guest.nik_hash


def test_a_nik_stored_before_the_key_waits_then_is_hashed(home: Path) -> None:
    # An event received from another station (stored as sync stores it): no key yet.
    made_elsewhere = new_event()
    event = Event(**{**made_elsewhere.__data__, "id": new_uuid(), "code": "DITERIMA"})
    event.save(force_insert=True, log_change=False)
    assert event_key(event.id) is None
    walked = register_walk_in(event, WalkInInput(full_name="Marthen Sabu", nik=NIK)).attendee
    assert Attendee.get_by_id(walked.id).nik_hash == ""
    assert fill_missing_hashes(event.id) == 0  # nothing to hash with yet
    assert [a.id for a in attendees_with_nik(event, NIK)] == [walked.id]  # in clear, here
    secret = b"\x07" * 32
    assert store_key(event.id, secret, KeyOrigin.HUB)
    assert not store_key(event.id, b"\x08" * 32, KeyOrigin.HUB)  # never replaced
    assert fill_missing_hashes(event.id) == 1
    assert Attendee.get_by_id(walked.id).nik_hash == nik_hash(secret, NIK)
    assert fill_missing_hashes(event.id) == 0
