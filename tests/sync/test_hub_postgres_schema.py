"""The hub's PostgreSQL database goes through the same migration runner as SQLite: every
step runs on PostgreSQL 15, from every older version, and ends in the fresh schema."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from desktop_app.models import ALL_MODELS, close_db, database_proxy
from desktop_app.models import migrations as mig
from desktop_app.paths import DataDir

pytestmark = pytest.mark.slow


def _connect(url: str) -> Any:
    from playhouse.db_url import connect

    close_db()
    db = connect(url)
    database_proxy.initialize(db)
    db.connect(reuse_if_open=True)
    return db


def v1_on_postgres() -> list[str]:
    """schema_v1.sql as a hub of that version had it on PostgreSQL: the same tables, with
    the types peewee gives those fields there (TIMESTAMP, BYTEA, BOOLEAN)."""
    from peewee import PostgresqlDatabase

    pg_types = PostgresqlDatabase("x").get_context_options()["field_types"]
    fields = {
        (m._meta.table_name, f.column_name): f for m in ALL_MODELS for f in m._meta.sorted_fields
    }
    statements = []
    for raw in mig.SCHEMA_V1.read_text(encoding="utf-8").split(";"):
        statement = raw.strip()
        if not statement:
            continue
        table = re.match(r'CREATE TABLE "(\w+)"', statement)
        if table:

            def pg_type(match: re.Match[str], table: str = table.group(1)) -> str:
                column, sqlite_type = match.group(1), match.group(2)
                field = fields.get((table, column))
                if field is not None and field.field_type in ("BOOL", "DATETIME", "BLOB"):
                    return f'"{column}" {pg_types[field.field_type]}'
                generic = {"DATETIME": "TIMESTAMP", "BLOB": "BYTEA"}
                return f'"{column}" {generic.get(sqlite_type, sqlite_type)}'

            statement = re.sub(r'"(\w+)" (DATETIME|BLOB|INTEGER)\b', pg_type, statement)
        statements.append(statement)
    return _parents_first(statements)


def _parents_first(statements: list[str]) -> list[str]:
    """PostgreSQL checks a foreign key's table at CREATE TABLE (SQLite does not)."""
    ordered: list[str] = []
    created: set[str] = set()
    pending = list(statements)
    while pending:
        for statement in pending:
            table = re.match(r'CREATE TABLE "(\w+)"', statement)
            parents = set(re.findall(r'REFERENCES "(\w+)"', statement))
            if table is None or parents <= created | {table.group(1)}:
                ordered.append(statement)
                if table is not None:
                    created.add(table.group(1))
                pending.remove(statement)
                break
        else:
            raise AssertionError(f"foreign keys form a cycle: {pending}")
    return ordered


def build_at_version(url: str, version: int) -> None:
    from playhouse.migrate import PostgresqlMigrator

    db = _connect(url)
    with db.atomic():
        for statement in v1_on_postgres():
            db.execute_sql(statement)
        mig.SchemaVersion.create(version=1, description="initial schema")
    migrator = PostgresqlMigrator(db)
    for step in sorted(mig.MIGRATIONS, key=lambda m: m.version):
        if step.version <= version:
            with db.atomic():
                step.apply(migrator, db)
                mig.SchemaVersion.create(version=step.version, description=step.description)
    db.close()


def schema_of(url: str) -> dict[str, object]:
    """Columns (type, length, nullability), indexes (columns, uniqueness) and foreign keys."""
    db = _connect(url)
    try:
        columns = db.execute_sql(
            "SELECT table_name, column_name, data_type, character_maximum_length, is_nullable"
            " FROM information_schema.columns WHERE table_schema = 'public'"
        ).fetchall()
        indexes = db.execute_sql(
            "SELECT tablename, indexname, regexp_replace(indexdef, '^.* USING ', '')"
            " , indexdef LIKE 'CREATE UNIQUE%%' FROM pg_indexes WHERE schemaname = 'public'"
        ).fetchall()
        fks = db.execute_sql(
            "SELECT conrelid::regclass::text, pg_get_constraintdef(oid) FROM pg_constraint"
            " WHERE contype = 'f' AND connamespace = 'public'::regnamespace"
        ).fetchall()
        tables = {t for t, *_ in columns}
        return {
            table: (
                sorted(tuple(c[1:]) for c in columns if c[0] == table),
                # Primary-key index names differ between CREATE TABLE spellings; their
                # columns do not.
                sorted(
                    (i[2], i[3]) if i[1].endswith("_pkey") else (i[1], i[2], i[3])
                    for i in indexes
                    if i[0] == table
                ),
                sorted(f[1] for f in fks if f[0] == table),
            )
            for table in sorted(tables)
        }
    finally:
        db.close()
        close_db()


def older_versions() -> list[int]:
    return [1, *(m.version for m in mig.MIGRATIONS if m.version < mig.CURRENT_VERSION)]


def test_fresh_hub_database_is_created_at_the_current_version(pg_url: str, tmp_path: Path) -> None:
    from desktop_app.hub.database import open_hub_database

    db = open_hub_database(DataDir(tmp_path / "hub"), pg_url)
    assert mig.schema_version(db) == mig.CURRENT_VERSION
    recorded = mig.SchemaVersion.select().count()
    db.close()
    # A second hub process on the same database finds it current and changes nothing.
    db = open_hub_database(DataDir(tmp_path / "hub2"), pg_url)
    assert mig.schema_version(db) == mig.CURRENT_VERSION
    assert mig.SchemaVersion.select().count() == recorded
    storage = db.execute_sql(
        "SELECT attstorage FROM pg_attribute WHERE attrelid = 'signature'::regclass"
        " AND attname = 'image_png'"
    ).fetchone()
    assert storage == ("e",)  # images are stored without another compression attempt
    db.close()
    close_db()


@pytest.mark.parametrize("start", older_versions())
def test_every_step_runs_on_postgres_and_ends_in_the_fresh_schema(
    pg_cluster: str, tmp_path: Path, start: int
) -> None:
    from desktop_app.hub.database import open_hub_database
    from tests.sync.pg_cluster import fresh_database

    fresh = fresh_database(pg_cluster)
    open_hub_database(DataDir(tmp_path / "fresh"), fresh).close()

    old = fresh_database(pg_cluster)
    build_at_version(old, start)
    db = open_hub_database(DataDir(tmp_path / "old"), old)
    versions = [v for (v,) in mig.SchemaVersion.select(mig.SchemaVersion.version).tuples()]
    db.close()
    assert max(versions) == mig.CURRENT_VERSION
    assert sorted(versions) == sorted({1, *(m.version for m in mig.MIGRATIONS)})
    expected = schema_of(fresh)
    assert ("kop_logo", "bytea", None, "YES") in expected["event"][0]  # type: ignore[index]
    assert {"hub_change", "certificate_number_block", "signature"} <= set(expected)
    assert schema_of(old) == expected


def test_a_row_two_workers_insert_at_once_is_a_race_the_hub_retries(
    pg_url: str, tmp_path: Path
) -> None:
    # Before: execute_values raised psycopg2's own UniqueViolation, which the push retry
    # (hub/concurrency.retrying) does not catch, and is_retryable looked for the driver's
    # error in peewee's args (peewee keeps it as .orig): the losing push answered HTTP 500.
    from peewee import IntegrityError

    from desktop_app.hub.concurrency import is_retryable, retrying
    from desktop_app.hub.database import open_hub_database
    from desktop_app.models.base import executemany_insert

    db = open_hub_database(DataDir(tmp_path / "hub"), pg_url)
    try:
        row = ["9f1c2a10-0000-5000-8000-000000000001", "2026-12-03T08:00:00Z"]
        columns = ["id", "at"]
        db.execute_sql('CREATE TABLE "race" ("id" VARCHAR(36) PRIMARY KEY, "at" TEXT)')
        with db.atomic():
            executemany_insert(database_proxy, "race", columns, [row])
        with pytest.raises(IntegrityError) as lost, db.atomic():
            executemany_insert(database_proxy, "race", columns, [row])
        assert is_retryable(lost.value)  # 23505: the retry reads the winner's row next time
        attempts: list[int] = []

        def push() -> str:
            attempts.append(1)
            with db.atomic():
                if len(attempts) == 1:  # the first attempt loses the race
                    executemany_insert(database_proxy, "race", columns, [row])
                return "stored"

        assert retrying(db, push, "push") == "stored" and len(attempts) == 2
    finally:
        db.close()
