"""Base classes: a synced record has a UUID, timestamps, its writing station and an HLC stamp."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from typing import Any

from peewee import (
    AutoField,
    CharField,
    Model,
    PostgresqlDatabase,
    TextField,
)
from peewee import __exception_wrapper__ as peewee_errors  # type: ignore[attr-defined]

from desktop_app.models.clock import clock
from desktop_app.models.database import database_proxy
from desktop_app.models.fields import UtcDateTimeField, utcnow


def new_uuid() -> str:
    """A random UUID as text: ids made offline on several stations never collide."""
    return str(uuid.uuid4())


def current_station_id() -> str:
    """The id of this installation's station (set by ``init_db``)."""
    return clock.station_id


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class SyncedModel(BaseModel):
    """A record that travels between stations and the hub.

    ``save()`` stamps ``updated_at``/``hlc`` and appends the row to the local outbox
    (``Change``) in the same transaction, so nothing written locally can miss a sync.
    """

    id = CharField(primary_key=True, max_length=36, default=new_uuid)
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow)
    station_id = CharField(max_length=36, default=current_station_id, index=True)
    hlc = CharField(max_length=40, default="", index=True)

    # Records whose history matters (check-ins, signatures) refuse updates.
    append_only = False
    # Columns that never leave this station (sent empty; kept on apply): personal data.
    home_only_fields: frozenset[str] = frozenset()

    def prepare_for_sync(self) -> None:
        """Derive the travelling stand-ins of home-only columns (called before each write)."""

    def created_here(self) -> None:
        """A row this station just created (not one received): same transaction."""

    def save(  # type: ignore[override]
        self, force_insert: bool | None = None, log_change: bool = True, **kwargs: Any
    ) -> Any:
        cls = type(self)
        db = cls._meta.database
        with db.atomic():
            if force_insert is None:
                # A UUID key is set before the first save, so peewee cannot tell new from old.
                force_insert = not cls.select().where(cls.id == self.id).exists()
            if not force_insert and cls.append_only:
                raise PermissionError(f"{cls.__name__} records are append-only")
            if log_change:
                self.updated_at = utcnow()
                self.hlc = clock.now()
            self.prepare_for_sync()
            result = super().save(force_insert=force_insert, **kwargs)
            if log_change:
                record_change(self)
                if force_insert:
                    self.created_here()
        return result

    def delete_instance(self, *args: Any, **kwargs: Any) -> Any:
        raise PermissionError("synced records are never deleted; mark them instead")


class Change(BaseModel):
    """Outbox of local changes; ``seq`` is this station's monotonically growing sequence."""

    seq = AutoField()
    table_name = CharField(max_length=64)
    row_id = CharField(max_length=36)
    hlc = CharField(max_length=40, index=True)  # the newest is read at every start (migration 80)
    payload = TextField()
    created_at = UtcDateTimeField(default=utcnow)

    class Meta:
        indexes = ((("table_name", "row_id"), False),)


def row_payload(instance: SyncedModel) -> dict[str, Any]:
    """The row as JSON-ready column values (blobs as base64, datetimes as ISO UTC)."""
    import base64
    import datetime as dt

    data: dict[str, Any] = {}
    home_only = type(instance).home_only_fields
    for name in instance._meta.fields:
        if name in home_only:
            data[name] = ""  # personal data stays on this station (models/personal_data.py)
            continue
        # Raw column values: a foreign key stays an id instead of loading the row.
        value = instance.__data__.get(name)
        if isinstance(value, (bytes, bytearray, memoryview)):
            value = {"b64": base64.b64encode(bytes(value)).decode("ascii")}
        elif isinstance(value, dt.datetime):
            value = value.astimezone(dt.UTC).isoformat()
        elif isinstance(value, dt.date):
            value = value.isoformat()
        data[name] = value
    return data


def payload_json(instance: SyncedModel) -> str:
    """The outbox text of a row: compact JSON of ``row_payload``."""
    return json.dumps(row_payload(instance), ensure_ascii=False, separators=(",", ":"))


def record_change(instance: SyncedModel) -> None:
    """Append one saved row to the outbox (call inside the writing transaction)."""
    Change.insert(
        table_name=instance._meta.table_name,
        row_id=instance.id,
        hlc=instance.hlc,
        payload=payload_json(instance),
    ).execute()


def stamp_and_log_many(
    model: type[SyncedModel], rows: Sequence[SyncedModel], outbox: bool = True
) -> None:
    """Bulk insert new rows with outbox entries (imports of thousands of rows).

    Must run inside a transaction; each row gets a fresh HLC stamp. ``outbox=False`` stores
    rows as if they had been received from their author (never pushed by this station).
    """
    if not rows:
        return
    now = utcnow()
    for row in rows:
        row.created_at = row.created_at or now
        row.updated_at = now
        row.hlc = clock.now()
        row.prepare_for_sync()
    fields = list(model._meta.sorted_fields)
    # One prepared statement run with executemany: peewee's insert_many builds SQL value by
    # value, which made a 10,000-row import spend seconds generating SQL text.
    db = model._meta.database
    executemany_insert(
        db,
        model._meta.table_name,
        [f.column_name for f in fields],
        [[f.db_value(row.__data__.get(f.name)) for f in fields] for row in rows],
    )
    if outbox:
        log_changes_many(model, rows, now)


def log_changes_many(
    model: type[SyncedModel], rows: Sequence[SyncedModel], now: dt.datetime
) -> None:
    """Outbox entries for ``rows`` just written (stamped) by this station, in one statement."""
    change_fields = [
        Change.table_name,
        Change.row_id,
        Change.hlc,
        Change.payload,
        Change.created_at,
    ]
    executemany_insert(
        model._meta.database,
        Change._meta.table_name,
        [f.column_name for f in change_fields],
        [
            [
                model._meta.table_name,
                row.id,
                row.hlc,
                payload_json(row),
                Change.created_at.db_value(now),
            ]
            for row in rows
        ],
    )


def executemany_insert(
    db: Any, table: str, columns: Sequence[str], values: Sequence[Sequence[Any]]
) -> None:
    """One prepared INSERT run for many rows of already-converted column values."""
    names = ", ".join(f'"{c}"' for c in columns)
    real = getattr(db, "obj", db)  # models hold the proxy
    # The driver's own cursor bypasses peewee, so its errors are mapped to peewee's here:
    # a hub worker that lost a race (unique violation) must see the IntegrityError that
    # hub/concurrency.retrying retries, not a raw psycopg2 error that ends as HTTP 500.
    with peewee_errors:
        if isinstance(real, PostgresqlDatabase):
            # psycopg2's executemany is one round trip per row; execute_values sends a page
            # of rows per statement (a hub on PostgreSQL stores thousands of rows per push).
            from psycopg2.extras import execute_values

            sql = f'INSERT INTO "{table}" ({names}) VALUES %s'
            execute_values(db.cursor(), sql, values, page_size=250)
            return
        marks = ", ".join(db.param for _ in columns)
        db.cursor().executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', values)


class Setting(BaseModel):
    """Local key/value settings of this station (not synced)."""

    key = CharField(primary_key=True, max_length=64)
    value = TextField()

    @classmethod
    def get_value(cls, key: str, default: str = "") -> str:
        row = cls.get_or_none(cls.key == key)
        return row.value if row is not None else default

    @classmethod
    def set_value(cls, key: str, value: str) -> None:
        # An upsert both SQLite and PostgreSQL (hub) understand.
        cls.insert(key=key, value=value).on_conflict(
            conflict_target=[cls.key], update={cls.value: value}
        ).execute()
