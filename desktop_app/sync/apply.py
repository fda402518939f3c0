"""Apply rows that came from another station (via the hub or a bundle) to the local tables.

Rules (docs/sync.md has the table):
- append-only models (check-ins, voids, signatures, revocations, prints, audit): insert
  when absent, otherwise nothing;
- every other synced model: the version with the greater hybrid-logical-clock stamp wins.
  When a version loses to one it never saw, the losing values are kept in an
  ``AuditLog`` row (action ``sync.conflict``) whose id is derived from the loser, so every
  station that notices the same conflict writes the same record only once.
Applied rows are written without touching the outbox: a pulled row is never pushed back.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, cast

from peewee import BlobField, BooleanField, DateTimeField, Field, ForeignKeyField, IntegerField

from desktop_app.models import SYNCED_MODELS, AuditLog, Change, SyncedModel
from desktop_app.models.base import executemany_insert, row_payload
from desktop_app.models.clock import clock

MODELS_BY_TABLE: dict[str, type[SyncedModel]] = {m._meta.table_name: m for m in SYNCED_MODELS}
TABLE_ORDER: dict[str, int] = {m._meta.table_name: i for i, m in enumerate(SYNCED_MODELS)}
CONFLICT_NAMESPACE = uuid.UUID("5b3f6a52-3c1e-4d7e-9a70-0c1d2e3f4a5b")
# Bookkeeping columns that differ between two copies of the same data.
IGNORED_IN_COMPARISON = {"hlc", "updated_at", "station_id"}
CHUNK = 400


class RowError(ValueError):
    """A row that cannot be applied (unknown table, malformed values)."""


@dataclass
class ApplyResult:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    # (table_name, payload) of rows that changed this database, for relaying.
    changed: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


def _decode_value(f: Field, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(f, BlobField):
        if not isinstance(value, dict) or "b64" not in value:
            raise RowError(f"column {f.name}: expected base64 object")
        return base64.b64decode(value["b64"], validate=True)
    if isinstance(f, DateTimeField):
        if not isinstance(value, str):
            raise RowError(f"column {f.name}: expected ISO datetime text")
        parsed = dt.datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
    # Columns hold scalars: a list, an object or a 100-digit number is a crafted row, and
    # would otherwise reach the database driver and fail there as a server error.
    if isinstance(f, IntegerField | BooleanField) and not isinstance(value, int):
        raise RowError(f"column {f.name}: expected a number, got {type(value).__name__}")
    if isinstance(value, bool | str | float):
        return value
    if isinstance(value, int) and -(2**63) <= value < 2**63:
        return value
    raise RowError(f"column {f.name}: expected a plain value, got {type(value).__name__}")


def _default_of(f: Field) -> Any:
    default = f.default
    return default() if callable(default) else default


def decode_row(model: type[SyncedModel], payload: dict[str, Any]) -> dict[str, Any]:
    """Column values for ``model`` from a JSON payload; unknown columns are dropped."""
    if not isinstance(payload, dict) or not isinstance(payload.get("id"), str):
        raise RowError("row without id")
    if not isinstance(payload.get("hlc"), str) or not payload["hlc"]:
        raise RowError("row without hlc")
    values: dict[str, Any] = {}
    for name, f in model._meta.fields.items():
        if name in payload:
            try:
                values[name] = _decode_value(f, payload[name])
            except (ValueError, TypeError) as exc:
                raise RowError(f"{model._meta.table_name}.{name}: {exc}") from exc
        else:
            values[name] = _default_of(f)
    return values


def _data_differs(model: type[SyncedModel], a: dict[str, Any], b: dict[str, Any]) -> bool:
    return any(
        a.get(name) != b.get(name)
        for name in model._meta.fields
        if name not in IGNORED_IN_COMPARISON and name not in model.home_only_fields
    )


def _conflict_id(table: str, row_id: str, loser_hlc: str) -> str:
    return str(uuid.uuid5(CONFLICT_NAMESPACE, f"{table}:{row_id}:{loser_hlc}"))


def _record_conflict(table: str, row_id: str, winner_hlc: str, loser: dict[str, Any]) -> bool:
    audit_id = _conflict_id(table, row_id, str(loser.get("hlc", "")))
    if AuditLog.select().where(AuditLog.id == audit_id).exists():
        return False
    # The copy is of the travelling form: personal data that stays home never enters the
    # audit trail, whichever side lost (a remote payload is not trusted to have left it out).
    loser = {
        **loser,
        **{name: "" for name in MODELS_BY_TABLE[table].home_only_fields if name in loser},
    }
    details = {
        "table": table,
        "winner_hlc": winner_hlc,
        "loser_hlc": loser.get("hlc"),
        "loser_station": loser.get("station_id"),
        "losing_values": loser,
    }
    AuditLog(
        id=audit_id,
        action="sync.conflict",
        entity=table,
        entity_id=row_id,
        operator="sinkronisasi",
        details=json.dumps(details, ensure_ascii=False, sort_keys=True, default=str),
    ).save(force_insert=True)
    return True


def sort_rows(rows: Iterable[tuple[str, dict[str, Any]]]) -> list[tuple[str, dict[str, Any]]]:
    """Foreign-key order (parents first), keeping arrival order within a table."""
    listed = list(rows)
    for table, _ in listed:
        if table not in TABLE_ORDER:
            raise RowError(f"unknown table {table!r}")
    return sorted(listed, key=lambda r: TABLE_ORDER[r[0]])


def apply_rows(
    rows: Iterable[tuple[str, dict[str, Any]]],
    *,
    record_conflicts: bool = True,
    pending_after_seq: int | None = None,
) -> ApplyResult:
    """Apply remote rows; call inside a transaction (the caller commits with its cursor).

    ``pending_after_seq``: outbox entries above it are local edits nobody else has seen;
    overwriting one of them by a remote version is a conflict worth recording.
    """
    result = ApplyResult()
    ordered = sort_rows(rows)
    max_hlc = ""
    start = 0
    while start < len(ordered):
        table = ordered[start][0]
        end = start
        while end < len(ordered) and ordered[end][0] == table:
            end += 1
        group = [payload for _, payload in ordered[start:end]]
        for payload in group:
            hlc = str(payload.get("hlc") or "")
            max_hlc = max(max_hlc, hlc)
        _apply_table(MODELS_BY_TABLE[table], group, result, record_conflicts, pending_after_seq)
        start = end
    if max_hlc:
        clock.observe(max_hlc)
    return result


def _apply_table(
    model: type[SyncedModel],
    payloads: list[dict[str, Any]],
    result: ApplyResult,
    record_conflicts: bool,
    pending_after_seq: int | None,
) -> None:
    table = model._meta.table_name
    # Several versions of one row in a batch: the newest is the one that can win.
    newest: dict[str, dict[str, Any]] = {}
    for payload in payloads:
        decoded = decode_row(model, payload)
        current = newest.get(decoded["id"])
        if current is None or decoded["hlc"] > current["hlc"]:
            newest[decoded["id"]] = decoded
    raw = {p["id"]: p for p in payloads if isinstance(p, dict)}
    existing = column_by_id(model, "hlc", list(newest))
    fields = list(model._meta.sorted_fields)
    to_insert = [row for row_id, row in newest.items() if row_id not in existing]
    for row in to_insert:
        for name in model.home_only_fields:
            row[name] = _default_of(model._meta.fields[name])  # never taken from outside
    insert_rows(model, fields, to_insert)
    result.inserted += len(to_insert)
    result.changed.extend((table, _payload_of(model, raw, row)) for row in to_insert)
    for row_id, row in newest.items():
        if row_id not in existing:
            continue
        local_hlc = existing[row_id]
        if model.append_only or row["hlc"] == local_hlc:
            result.unchanged += 1
            continue
        local = model.get_by_id(row_id)
        local_values = {name: local.__data__.get(name) for name in model._meta.fields}
        if row["hlc"] > local_hlc:
            if (
                record_conflicts
                and pending_after_seq is not None
                and _is_pending(table, row_id, local_hlc, pending_after_seq)
                and _data_differs(model, row, local_values)
                and _record_conflict(table, row_id, row["hlc"], row_payload(local))
            ):
                result.conflicts += 1
            # A home-only column (the clear NIK) keeps this station's own value.
            updates = {
                f: row[f.name]
                for f in fields
                if f.name != "id" and f.name not in model.home_only_fields
            }
            # Only over an older stamp: a hub worker applying another push at the same
            # time may have stored a newer version since we read it (PostgreSQL re-checks
            # the condition on the row it waited for).
            model.update(updates).where((model.id == row_id) & (model.hlc < row["hlc"])).execute()
            result.updated += 1
            result.changed.append((table, _payload_of(model, raw, row)))
        else:
            # The incoming version is older than ours and its writer never saw ours.
            if (
                record_conflicts
                and _data_differs(model, row, local_values)
                and _record_conflict(table, row_id, local_hlc, raw.get(row_id) or {})
            ):
                result.conflicts += 1
            result.unchanged += 1


def column_by_id(model: Any, column: str, ids: list[str]) -> dict[str, str]:
    """``{id: column}`` of the rows among ``ids`` that exist. Plain SQL in chunks: peewee
    builds an ``IN`` list of hundreds of ids slower than SQLite answers it."""
    db = model._meta.database
    found: dict[str, str] = {}
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        marks = ", ".join(db.param for _ in chunk)
        cursor = db.execute_sql(
            f'SELECT "id", "{column}" FROM "{model._meta.table_name}" WHERE "id" IN ({marks})',
            chunk,
        )
        found.update(cast(Iterable[tuple[str, str]], cursor.fetchall()))
    return found


def insert_rows(model: Any, fields: list[Field], rows: list[dict[str, Any]]) -> None:
    """Plain ``executemany`` inserts: peewee's query builder costs more than SQLite itself
    for thousands of rows (the values still go through each field's ``db_value``)."""
    if not rows:
        return
    converters: list[Any] = [f.db_value for f in fields]
    values = [
        tuple(convert(row[f.name]) for convert, f in zip(converters, fields, strict=True))
        for row in rows
    ]
    executemany_insert(
        model._meta.database, model._meta.table_name, [f.column_name for f in fields], values
    )


def _payload_of(
    model: type[SyncedModel], raw: dict[str, dict[str, Any]], row: dict[str, Any]
) -> dict[str, Any]:
    payload = raw.get(row["id"])
    if payload is not None and payload.get("hlc") == row["hlc"]:
        return payload
    return row_payload(model(**row))


def _is_pending(table: str, row_id: str, hlc: str, pushed_seq: int) -> bool:
    return bool(
        Change.select()
        .where(
            (Change.table_name == table)
            & (Change.row_id == row_id)
            & (Change.hlc == hlc)
            & (Change.seq > pushed_seq)
        )
        .exists()
    )


def foreign_key_fields(model: type[SyncedModel]) -> list[ForeignKeyField]:
    return [f for f in model._meta.sorted_fields if isinstance(f, ForeignKeyField)]
