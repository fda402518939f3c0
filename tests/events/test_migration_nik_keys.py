"""Step 140 on a database with data: every event already there keeps the key its stored NIK
hashes were made with (derived from the event id), so they still match across stations;
an event made afterwards gets a random secret key."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.models import close_db, init_db
from desktop_app.models.personal_data import legacy_nik_key, nik_hash
from tests.events.test_migrations import build_at_version

NIK = "5301014309860003"
SYNC = "'2024-09-01 00:00:00', '2024-09-01 00:00:00', 'st', '0000000000001-0000-st'"


def test_step_140_keeps_the_old_key_for_existing_events(tmp_path: Path) -> None:
    from desktop_app.models import Attendee, Event
    from desktop_app.models.nik_keys import KeyOrigin, NikHashKey, event_key
    from desktop_app.services.people.nik_lookup import attendees_with_nik
    from tests.factories import new_event

    path = tmp_path / "v130.sqlite3"
    build_at_version(path, 130)
    old_hash = nik_hash(legacy_nik_key("e1"), NIK)
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO event (id, created_at, updated_at, station_id, hlc, code, title, organizer, "
        "organizer_code, level, venue, city, timezone, starts_at, ends_at, "
        "certificate_number_format, certificate_template, require_signature_for_certificate, "
        f"verify_base_url, notes, archived) VALUES ('e1', {SYNC}, 'LAMA1', 'Deklarasi', "
        "'Bawaslu', 'BWS', 'KABUPATEN', '', 'Kupang', 'Asia/Makassar', '2024-09-27 00:00:00', "
        "'2024-09-27 04:00:00', '{seq:03d}', 'klasik', 1, 'https://v.example', '', 0)"
    )
    columns = (
        "id, created_at, updated_at, station_id, hlc, event_id, code, full_name, sort_name, "
        "category, nip, nik, nrp, position, institution, phone, role, source, notes, removed, "
        "nik_hash, nik_masked"
    )
    # Typed here (clear NIK and its hash), and a copy from another desk (hash only).
    for row_id, code, nik in (("a1", "KODE1", NIK), ("a2", "KODE2", "")):
        con.execute(
            f"INSERT INTO attendee ({columns}) VALUES ('{row_id}', {SYNC}, 'e1', '{code}', "
            f"'Yohana Bria', 'yohana bria', 'UMUM', '', '{nik}', '', '', '', '', 'PESERTA', "
            f"'UNDANGAN', '', 0, '{old_hash}', '5301********0003')"
        )
    con.commit()
    con.close()
    init_db(path, backup_dir=tmp_path / "backups")
    try:
        stored = NikHashKey.get_by_id("e1")
        assert bytes(stored.secret) == legacy_nik_key("e1")
        assert stored.origin == KeyOrigin.LEGACY and stored.offered_at is None
        event = Event.get_by_id("e1")
        assert [a.id for a in attendees_with_nik(event, NIK)] == ["a1", "a2"]
        # Saving the row again (an edit) keeps the hash other stations hold.
        typed = Attendee.get_by_id("a1")
        typed.institution = "Dinas Sosial"
        typed.save()
        assert Attendee.get_by_id("a1").nik_hash == old_hash
        # A new event: a random 32-byte key, nothing derivable from its id.
        fresh = new_event()
        key = event_key(fresh.id)
        assert key is not None and len(key) == 32 and key != legacy_nik_key(fresh.id)
        assert NikHashKey.get_by_id(fresh.id).origin == KeyOrigin.CREATED
    finally:
        close_db()
    init_db(path)  # nothing left to run: the keys stay as they are
    try:
        assert bytes(NikHashKey.get_by_id("e1").secret) == legacy_nik_key("e1")
        assert NikHashKey.select().count() == 2
    finally:
        close_db()
