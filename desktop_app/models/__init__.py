"""Data layer: peewee models on one SQLite database, versioned migrations, the local station."""

from __future__ import annotations

import socket
import uuid
from pathlib import Path

from peewee import Database, fn

from desktop_app.models.base import (
    BaseModel,
    Change,
    Setting,
    SyncedModel,
    new_uuid,
    stamp_and_log_many,
)
from desktop_app.models.clock import clock
from desktop_app.models.database import database_proxy, open_sqlite
from desktop_app.models.entities import (
    Attendee,
    AuditLog,
    Certificate,
    CertificateNumberBlock,
    CertificateRevocation,
    Checkin,
    CheckinVoid,
    DeclarationText,
    Event,
    EvidenceLink,
    Official,
    PrintRecord,
    Signature,
    SigningKey,
    Station,
)
from desktop_app.models.migrations import SchemaVersion, migrate_database
from desktop_app.models.nik_keys import NikHashKey
from desktop_app.models.nik_sealing import forget_recipient
from desktop_app.models.sync_state import SYNC_STATE_MODELS, WitnessedHead

# Models that travel in sync, in an order that satisfies foreign keys.
SYNCED_MODELS: list[type[SyncedModel]] = [
    Event,
    CertificateNumberBlock,
    Official,
    DeclarationText,
    Attendee,
    Checkin,
    CheckinVoid,
    Signature,
    SigningKey,
    Certificate,
    CertificateRevocation,
    PrintRecord,
    EvidenceLink,
    AuditLog,
]
LOCAL_MODELS: list[type[BaseModel]] = [
    Station,
    Change,
    Setting,
    *SYNC_STATE_MODELS,
    NikHashKey,
    WitnessedHead,
]
ALL_MODELS: list[type[BaseModel]] = [*LOCAL_MODELS, *SYNCED_MODELS]

__all__ = [
    "ALL_MODELS",
    "SYNCED_MODELS",
    "Attendee",
    "AuditLog",
    "BaseModel",
    "Certificate",
    "CertificateNumberBlock",
    "CertificateRevocation",
    "Change",
    "Checkin",
    "CheckinVoid",
    "DeclarationText",
    "Event",
    "EvidenceLink",
    "Official",
    "PrintRecord",
    "SchemaVersion",
    "Setting",
    "Signature",
    "SigningKey",
    "Station",
    "SyncedModel",
    "close_db",
    "database_proxy",
    "init_db",
    "local_station",
    "new_uuid",
    "stamp_and_log_many",
]


def init_db(
    path: Path, backup_dir: Path | None = None, station_name: str | None = None
) -> Database:
    """Open the SQLite file at ``path``, migrate it, and make sure this station exists."""
    db = open_sqlite(path)
    database_proxy.initialize(db)
    db.connect(reuse_if_open=True)
    migrate_database(db, ALL_MODELS, backup_dir)
    forget_recipient()  # the organizer key of this database, not of the one open before
    station = local_station(station_name)
    clock.station_id = station.id
    latest = Change.select(fn.MAX(Change.hlc)).scalar()
    if latest:
        clock.observe(latest)
    return db


def local_station(name: str | None = None) -> Station:
    """This installation's station row, created on first use."""
    station = Station.get_or_none(Station.is_local == True)  # noqa: E712
    if station is None:
        station_id = str(uuid.uuid4())
        station = Station.create(
            id=station_id,
            name=name or f"Meja {socket.gethostname()[:40]}",
            code=station_id.replace("-", "")[:4].upper(),
            is_local=True,
        )
    return station


def close_db() -> None:
    """Close the connection of the calling thread (tests and shutdown)."""
    db = database_proxy.obj
    if db is not None and not db.is_closed():
        db.close()
