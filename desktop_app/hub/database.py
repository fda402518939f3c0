"""Open the hub's database: SQLite in its data directory, or PostgreSQL from a URL.

Both use the same peewee models. PostgreSQL tables are created directly (the SQLite
migrator does not apply there); SQLite goes through the normal migrations.
"""

from __future__ import annotations

import logging
from pathlib import Path

from peewee import Database, fn

from desktop_app.models import ALL_MODELS, Change, database_proxy, init_db, local_station
from desktop_app.models.clock import clock
from desktop_app.models.migrations import CURRENT_VERSION, SchemaVersion
from desktop_app.models.sync_state import HubChange
from desktop_app.paths import DataDir

log = logging.getLogger("ikrar.hub")


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
        # Several hub processes may start at once behind a load balancer.
        db.execute_sql("SELECT pg_advisory_xact_lock(7311)")
        db.create_tables([SchemaVersion, *ALL_MODELS], safe=True)
        if not SchemaVersion.select().where(SchemaVersion.version == CURRENT_VERSION).exists():
            SchemaVersion.create(version=CURRENT_VERSION, description="created on PostgreSQL")
    station = local_station("Hub")
    clock.station_id = station.id
    latest = max(
        Change.select(fn.MAX(Change.hlc)).scalar() or "",
        HubChange.select(fn.MAX(HubChange.hlc)).scalar() or "",
    )
    if latest:
        clock.observe(latest)
    return db
