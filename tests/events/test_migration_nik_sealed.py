"""Steps 150-151 on a database of the previous version: attendees get ``nik_sealed`` (empty
until the organizer's key is known), and conflict copies audited before migration 52 lose
their clear NIK in the audit trail, the outbox and a hub's received changes, down to the
bytes of the database file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from desktop_app.models import close_db, init_db
from tests.events.test_migrations import build_at_version

NIK = "5301045409860003"
HLC = "0000000000001-0000-st"
STAMP = "2024-09-01 00:00:00"


def conflict_details() -> str:
    losing = {"id": "a1", "event": "e1", "nik": NIK, "full_name": "Agustina Seran", "hlc": HLC}
    return json.dumps(
        {"table": "attendee", "loser_hlc": HLC, "losing_values": losing}, sort_keys=True
    )


def test_steps_150_151_add_the_sealed_column_and_scrub_audit_copies(tmp_path: Path) -> None:
    path = tmp_path / "v130.sqlite3"
    build_at_version(path, 130)
    con = sqlite3.connect(path)
    details = conflict_details()
    con.execute(
        "INSERT INTO audit_log (id, created_at, updated_at, station_id, hlc, at, operator, "
        "action, entity, entity_id, details) VALUES "
        f"('c1', '{STAMP}', '{STAMP}', 'st', '{HLC}', '{STAMP}', 'sinkronisasi', "
        "'sync.conflict', 'attendee', 'a1', ?)",
        (details,),
    )
    payload = json.dumps(
        {"id": "c1", "action": "sync.conflict", "entity": "attendee", "details": details}
    )
    con.execute(
        "INSERT INTO change (table_name, row_id, hlc, payload, created_at) "
        f"VALUES ('audit_log', 'c1', '{HLC}', ?, '{STAMP}')",
        (payload,),
    )
    con.execute(
        "INSERT INTO hub_change (station_id, seq, table_name, row_id, hlc, payload, "
        f"received_at) VALUES ('st', 1, 'audit_log', 'c1', '{HLC}', ?, '{STAMP}')",
        (payload,),
    )
    con.commit()
    con.close()
    assert NIK.encode() in path.read_bytes()

    init_db(path, backup_dir=tmp_path / "backups")
    close_db()
    con = sqlite3.connect(path)
    try:
        columns = {row[1] for row in con.execute("PRAGMA table_info(attendee)")}
        assert "nik_sealed" in columns
        (text,) = con.execute("SELECT details FROM audit_log").fetchone()
        losing = json.loads(text)["losing_values"]
        assert losing["nik"] == "" and losing["nik_masked"] == "5301********0003"
        assert losing["full_name"] == "Agustina Seran"  # the rest of the copy is kept
        for table in ("change", "hub_change"):
            (sent,) = con.execute(f"SELECT payload FROM {table}").fetchone()
            assert NIK not in sent
            assert json.loads(json.loads(sent)["details"])["losing_values"]["nik"] == ""
    finally:
        con.close()
    # Not left behind in free space of the file either (secure_delete during the step);
    # the backup made before migrating still holds it (docs/security.md says so).
    assert NIK.encode() not in path.read_bytes()
    assert not path.with_name(path.name + "-wal").exists() or (
        NIK.encode() not in path.with_name(path.name + "-wal").read_bytes()
    )
    init_db(path)  # idempotent: nothing left to do
    close_db()
