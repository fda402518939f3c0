"""Step 52 on a database with data: existing NIKs get their hash and mask, and no clear NIK
stays in the outbox or in a hub's received changes (nothing is sent in clear after it)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from desktop_app.models import close_db, init_db
from desktop_app.models.personal_data import legacy_nik_key, nik_hash
from tests.events.test_migrations import build_at_version

NIK = "5301014309860003"


def test_step_52_hashes_niks_and_scrubs_outbox_and_hub_changes(tmp_path: Path) -> None:
    path = tmp_path / "v41.sqlite3"
    build_at_version(path, 41)
    con = sqlite3.connect(path)
    sync = "'2024-09-01 00:00:00', '2024-09-01 00:00:00', 'st', '0000000000001-0000-st'"
    con.execute(
        f"INSERT INTO attendee VALUES ('a1', {sync}, 'e1', 'KODE1', 'Yohana Bria', "
        f"'yohana bria', 'UMUM', '', '{NIK}', '', '', '', '', 'PESERTA', 'UNDANGAN', '', 0)"
    )
    payload = json.dumps({"id": "a1", "event": "e1", "nik": NIK, "hlc": "0000000000001-0000-st"})
    con.execute(
        "INSERT INTO change (table_name, row_id, hlc, payload, created_at) "
        "VALUES ('attendee', 'a1', '0000000000001-0000-st', ?, '2024-09-01 00:00:00')",
        (payload,),
    )
    con.execute(
        "INSERT INTO hub_change (station_id, seq, table_name, row_id, hlc, payload, "
        "received_at) VALUES ('st', 1, 'attendee', 'a1', '0000000000001-0000-st', ?, "
        "'2024-09-01 00:00:00')",
        (payload,),
    )
    con.commit()
    con.close()
    init_db(path, backup_dir=tmp_path / "backups")
    close_db()
    con = sqlite3.connect(path)
    try:
        row = con.execute("SELECT nik, nik_hash, nik_masked FROM attendee").fetchone()
        assert row == (NIK, nik_hash(legacy_nik_key("e1"), NIK), "5301********0003")
        for table in ("change", "hub_change"):
            (text,) = con.execute(f"SELECT payload FROM {table}").fetchone()
            sent = json.loads(text)
            assert NIK not in text and sent["nik"] == "" and sent["nik_hash"] == row[1]
    finally:
        con.close()


def test_steps_merged_late_run_on_a_database_already_at_a_later_version(tmp_path: Path) -> None:
    """Steps 51-53 are numbered below 90-92 but were merged after them: a database created
    at 92 before they existed still gets them (they are idempotent), once."""
    from desktop_app.models import database_proxy
    from desktop_app.models import migrations as mig
    from tests.events.test_migrations import schema_of

    fresh = tmp_path / "fresh.sqlite3"
    init_db(fresh)
    close_db()
    old = tmp_path / "v92.sqlite3"
    late = [m for m in mig.MIGRATIONS if m.idempotent]
    # 51-53, and later steps that may also be merged late (130: hub station certificates).
    assert {51, 52, 53} <= {m.version for m in late}
    # What main created before these steps existed: everything else, stamped 92 only.
    build_at_version(old, 92)
    con = sqlite3.connect(old)
    con.execute("DROP TABLE evidence_link")
    con.execute("DROP INDEX attendee_nik_hash")
    con.execute("ALTER TABLE attendee DROP COLUMN nik_hash")
    con.execute("ALTER TABLE attendee DROP COLUMN nik_masked")
    con.execute("ALTER TABLE signing_key DROP COLUMN endorsement")
    con.execute("DELETE FROM schema_version WHERE version IN (51, 52, 53)")
    con.commit()
    con.close()
    init_db(old, backup_dir=tmp_path / "backups")
    versions = {r.version for r in mig.SchemaVersion.select()}
    assert {51, 52, 53, 92} <= versions
    close_db()
    assert schema_of(old) == schema_of(fresh)
    init_db(old)  # nothing left to run: no second backup, no error
    assert mig.schema_version(database_proxy.obj) == mig.CURRENT_VERSION
    close_db()
    assert len(list((tmp_path / "backups").iterdir())) == 1
