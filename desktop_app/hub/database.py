"""Open the hub's database: SQLite in its data directory, or PostgreSQL from a URL.

Both use the same peewee models and the same migration runner
(``models.migrations.migrate_database``): a new database is created at the current
version, an older one is brought up step by step. On PostgreSQL, every hub process that
starts (``ikrar hub --workers N``, or several machines behind a load balancer) migrates
under one advisory lock, so only the first one does the work.
"""

from __future__ import annotations

import logging
from pathlib import Path

from peewee import Database, fn

from desktop_app.models import ALL_MODELS, Change, database_proxy, init_db, local_station
from desktop_app.models.clock import clock
from desktop_app.models.migrations import CURRENT_VERSION, migrate_database
from desktop_app.models.sync_state import HubChange
from desktop_app.paths import DataDir

log = logging.getLogger("ikrar.hub")

MIGRATION_LOCK = 7311  # pg_advisory_xact_lock key: one migrating hub process at a time


def is_postgres_url(url: str | None) -> bool:
    return bool(url) and str(url).startswith(("postgres://", "postgresql://"))


def open_hub_database(home: DataDir, url: str | None = None) -> Database:
    """Initialise ``database_proxy`` for the hub and return the database."""
    if not is_postgres_url(url):
        path = Path(url.removeprefix("sqlite:///")) if url else home.database
        return init_db(path, backup_dir=home.backups, station_name="Hub")
    from playhouse.db_url import connect

    db: Database = connect(url)
    database_proxy.initialize(db)
    db.connect(reuse_if_open=True)
    with db.atomic():
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        before = migrate_database(db, ALL_MODELS, None)
        store_uncompressed(db)
        station = local_station("Hub")
    if 0 < before < CURRENT_VERSION:
        log.info("PostgreSQL hub migrated from schema version %s", before)
    clock.station_id = station.id
    latest = max(
        Change.select(fn.MAX(Change.hlc)).scalar() or "",
        HubChange.select(fn.MAX(HubChange.hlc)).scalar() or "",
    )
    if latest:
        clock.observe(latest)
    return db


# Columns holding data that is already compressed (PNG images, zlib strokes, the change
# log's JSON of them in base64). PostgreSQL tries pglz on every value over 2 KB and keeps
# the result only when it saves 25 %: CPU spent for nothing on every signature a hub
# stores (benchmarks/hub.py: 20-30 % of a push).
UNCOMPRESSED = (("signature", "image_png"), ("signature", "strokes"), ("hub_change", "payload"))


def store_uncompressed(db: Database) -> None:
    """Out-of-line storage without compression for ``UNCOMPRESSED`` (PostgreSQL; a fresh
    database and an upgraded one alike, so it is not a numbered migration step)."""
    for table, column in UNCOMPRESSED:
        row = db.execute_sql(
            "SELECT attstorage FROM pg_attribute WHERE attrelid = %s::regclass AND attname = %s",
            (table, column),
        ).fetchone()
        if row is not None and row[0] != "e":
            db.execute_sql(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" SET STORAGE EXTERNAL')


# How far ``after_restore`` moves the change numbering: more changes than a hub takes
# between two backups. hub_seq is a 32-bit serial: room for 21 restores.
RESTORE_GAP = 100_000_000


def after_restore(db: Database) -> tuple[int, int]:
    """Move the change numbering past every number stations may have seen before the
    restore; returns (highest restored number, next number).

    Stations pull "changes after my position". A restored hub numbers new changes from
    the dump's highest number on, below the positions of stations that pulled after the
    dump was taken, and those stations would never pull them. From the new start, every
    change stored after the restore (the stations' resent ones included) is above them.
    """
    top = int(HubChange.select(fn.MAX(HubChange.hub_seq)).scalar() or 0)
    start = top + RESTORE_GAP
    db.execute_sql(
        "SELECT setval(pg_get_serial_sequence('hub_change', 'hub_seq'), %s, false)", (start,)
    )
    return top, start
