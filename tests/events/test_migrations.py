"""Every schema step, from every older version, ends in the same schema as a fresh database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.models import ALL_MODELS, close_db, database_proxy, init_db
from desktop_app.models import migrations as mig
from desktop_app.models.database import open_sqlite


def schema_of(path: Path) -> dict[str, object]:
    """Tables with their columns (name, type, notnull, pk) and indexes with their columns."""
    con = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        shape: dict[str, object] = {}
        for table in sorted(tables):
            columns = sorted(
                (r[1], r[2].upper(), r[3], r[5])
                for r in con.execute(f'PRAGMA table_info("{table}")')
            )
            indexes = sorted(
                (r[2], tuple(c[2] for c in con.execute(f'PRAGMA index_info("{r[1]}")')))
                for r in con.execute(f'PRAGMA index_list("{table}")')
            )
            fks = sorted(tuple(r[2:5]) for r in con.execute(f'PRAGMA foreign_key_list("{table}")'))
            shape[table] = (columns, indexes, fks)
        return shape
    finally:
        con.close()


def build_at_version(path: Path, version: int) -> None:
    """A database file at an older schema version: v1 DDL plus the steps up to ``version``."""
    db = open_sqlite(path)
    database_proxy.initialize(db)
    mig.create_v1(db)
    migrator = mig.SqliteMigrator(db)
    for step in sorted(mig.MIGRATIONS, key=lambda m: m.version):
        if step.version <= version:
            with db.atomic():
                step.apply(migrator, db)
                mig.SchemaVersion.create(version=step.version, description=step.description)
    db.close()


def older_versions() -> list[int]:
    return [1, *(m.version for m in mig.MIGRATIONS if m.version < mig.CURRENT_VERSION)]


@pytest.mark.parametrize("start", older_versions())
def test_upgrade_from_every_older_version_matches_fresh_schema(tmp_path: Path, start: int) -> None:
    fresh = tmp_path / "fresh.sqlite3"
    init_db(fresh)
    close_db()

    old = tmp_path / "old.sqlite3"
    build_at_version(old, start)
    backups = tmp_path / "backups"
    init_db(old, backup_dir=backups)
    assert mig.schema_version(database_proxy.obj) == mig.CURRENT_VERSION
    close_db()

    assert schema_of(old) == schema_of(fresh)
    if start < mig.CURRENT_VERSION:
        assert [p.name.startswith(f"ikrar-v{start}-") for p in backups.iterdir()] == [True]


def test_fresh_database_is_stamped_current_and_uses_wal(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    db = init_db(path)
    assert mig.schema_version(db) == mig.CURRENT_VERSION
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert {m._meta.table_name for m in ALL_MODELS} <= set(db.get_tables())
    close_db()


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    init_db(path)
    mig.SchemaVersion.create(version=mig.CURRENT_VERSION + 5, description="future")
    close_db()
    before = path.read_bytes()
    with pytest.raises(mig.MigrationError, match="lebih baru"):
        init_db(path)
    close_db()
    assert path.read_bytes() == before


def test_failing_step_rolls_back_and_keeps_old_version(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "db.sqlite3"
    build_at_version(path, 1)

    def broken(migrator, db) -> None:  # type: ignore[no-untyped-def]
        db.execute_sql('ALTER TABLE "event" ADD COLUMN "half_done" TEXT')
        raise RuntimeError("disk full")

    monkeypatch.setattr(mig, "MIGRATIONS", [mig.Migration(99, "broken", broken)])
    with pytest.raises(RuntimeError, match="disk full"):
        init_db(path)
    db = database_proxy.obj
    assert mig.schema_version(db) == 1
    columns = [c.name for c in db.get_columns("event")]
    assert "half_done" not in columns
    close_db()


def test_documents_steps_keep_every_row_and_move_only_unissued_formats(tmp_path: Path) -> None:
    """Steps 90-91 (number blocks, kop surat) on a database with data: nothing cascades
    away, and only events that never issued a certificate take the plain number format."""
    path = tmp_path / "v41.sqlite3"
    build_at_version(path, 41)
    con = sqlite3.connect(path)
    sync = "'2024-09-01 00:00:00', '2024-09-01 00:00:00', 'st', 'h'"
    old = mig.OLD_DEFAULT_NUMBER_FORMAT
    for event_id, code in (("e1", "AAAAAA"), ("e2", "BBBBBB")):
        con.execute(
            f"INSERT INTO event VALUES ('{event_id}', {sync}, '{code}', 'Judul', 'Bawaslu', "
            "'BAWASLU-KPG', 'KABUPATEN', 'Hotel', 'Kupang', 'Asia/Makassar', "
            f"'2024-09-27 00:00:00', '2024-09-27 05:00:00', ?, 'klasik', 1, 'https://x', '', 0)",
            (old,),
        )
        con.execute(
            f"INSERT INTO attendee VALUES ('a-{event_id}', {sync}, '{event_id}', 'K{code}', "
            "'Yohana Bria', 'yohana bria', 'ASN', '', '', '', '', '', '', 'PESERTA', "
            "'UNDANGAN', '', 0)"
        )
        con.execute(
            f"INSERT INTO checkin VALUES ('c-{event_id}', {sync}, '{event_id}', 'a-{event_id}', "
            "'2024-09-27 00:30:00', 'op', 'SEARCH')"
        )
    con.execute(
        f"INSERT INTO certificate VALUES ('z1', {sync}, 'e2', 'a-e2', 'AB12.001/SERT', 1, "
        "'AB12', 'Yohana Bria', 'PESERTA', '2024-09-27 03:00:00', 'k', 'tok')"
    )
    con.commit()
    con.close()
    init_db(path, backup_dir=tmp_path / "backups")
    close_db()
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT COUNT(*) FROM attendee").fetchone()[0] == 2
        assert con.execute("SELECT COUNT(*) FROM checkin").fetchone()[0] == 2
        assert con.execute("SELECT COUNT(*) FROM certificate").fetchone()[0] == 1
        formats = dict(con.execute("SELECT id, certificate_number_format FROM event"))
        assert formats == {"e1": mig.NEW_DEFAULT_NUMBER_FORMAT, "e2": old}
        letter = con.execute(
            "SELECT letter_nature, letter_attachment, kop_logo FROM event"
        ).fetchone()
        assert letter == ("Biasa", "-", None)
    finally:
        con.close()
