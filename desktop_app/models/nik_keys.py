"""Each event's NIK hash key, kept on this machine only (never a synced row).

The key is 32 random bytes made by the station that creates the event; the event's other
stations receive it from the hub they are paired with (``sync/nik_keys.py``), the hub from
the event's author station (``hub/nik_keys.py``) or from a bundle sealed to the organizer.
A key, once stored, is never replaced nor deleted: hashes made under it must keep
matching. Events that existed before schema version 140 got the old, derived key
(``legacy_nik_key``) there.

The table lives in the same database file as the clear NIKs of this station: it is as
protected at rest as they are (docs/security.md, "NIK stays home").
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from peewee import BlobField, CharField

from desktop_app.models.base import BaseModel
from desktop_app.models.database import database_proxy
from desktop_app.models.fields import UtcDateTimeField, utcnow
from desktop_app.models.personal_data import new_nik_key


class KeyOrigin(StrEnum):
    CREATED = "created"  # this station created the event
    LEGACY = "legacy"  # derived from the event id (events made before version 140)
    HUB = "hub"  # a station received it from its hub
    STATION = "station"  # the hub received it from the event's author station
    BUNDLE = "bundle"  # from a bundle sealed to the organizer, signed by the author


class NikHashKey(BaseModel):
    """The NIK hash key of one event on this machine (station or hub)."""

    event_id = CharField(primary_key=True, max_length=36)
    secret = BlobField()
    origin = CharField(max_length=16)
    created_at = UtcDateTimeField(default=utcnow)
    # Station side: when the hub confirmed it holds this (own event's) key; None: not yet.
    offered_at = UtcDateTimeField(null=True)


# Keys never change once stored, so a key found once is remembered per database (a
# 10,000-row import hashes every row); absent keys are always looked up again.
_known: dict[tuple[str, str], bytes] = {}


def _database_name() -> str:
    db: Any = database_proxy.obj
    return f"{type(db).__name__}:{getattr(db, 'database', '')}"


def event_key(event_id: str) -> bytes | None:
    """The event's NIK hash key on this machine, or None when it has not arrived yet."""
    if not event_id:
        return None
    cache_key = (_database_name(), event_id)
    known = _known.get(cache_key)
    if known is not None:
        return known
    row = NikHashKey.get_or_none(NikHashKey.event_id == event_id)
    if row is None:
        return None
    secret = bytes(row.secret)
    _known[cache_key] = secret
    return secret


def store_key(event_id: str, secret: bytes, origin: KeyOrigin) -> bool:
    """Keep ``secret`` as the event's key unless it already has one (never replaced);
    True when it was stored now."""
    with database_proxy.atomic():
        if NikHashKey.get_or_none(NikHashKey.event_id == event_id) is not None:
            return False
        # Two hub workers may race here: the first insert wins, the other is ignored.
        NikHashKey.insert(
            event_id=event_id, secret=secret, origin=origin.value
        ).on_conflict_ignore().execute()
        stored = NikHashKey.get_or_none(NikHashKey.event_id == event_id)
        return stored is not None and bytes(stored.secret) == secret


def create_key(event_id: str) -> bytes:
    """A new event's key, made by the station that creates it (kept if one exists)."""
    secret = new_nik_key()
    store_key(event_id, secret, KeyOrigin.CREATED)
    return event_key(event_id) or secret
