"""Versioned schema: a new database is created at the current version; an older one is
backed up, then upgraded one numbered step at a time, each step in its own transaction.

To change the schema: change the model, then append a ``Migration`` whose step brings a
database of the previous version to the new shape (``playhouse.migrate`` operations or SQL).
``tests/events/test_migrations.py`` checks that version 1 plus every step equals a fresh database.

The same runner migrates a hub on PostgreSQL (``SchemaMigrator.from_database``); steps that
write SQL by hand stay in the dialect both understand (``column_type`` for type names), and
``tests/sync/test_hub_postgres_schema.py`` runs every step on PostgreSQL 15.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peewee import Database, IntegerField, PostgresqlDatabase, TextField

from desktop_app.models.base import BaseModel
from desktop_app.models.fields import UtcDateTimeField, utcnow

if TYPE_CHECKING:
    from playhouse.migrate import SchemaMigrator

log = logging.getLogger("ikrar.migrations")


def __getattr__(name: str) -> Any:
    """``SchemaMigrator``/``SqliteMigrator`` on first use: playhouse.migrate (with the
    PostgreSQL extensions it imports) costs ~5 ms of every start, and a database is migrated
    only after an update."""
    if name in ("SchemaMigrator", "SqliteMigrator"):
        import playhouse.migrate

        return getattr(playhouse.migrate, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class SchemaVersion(BaseModel):
    version = IntegerField(primary_key=True)
    description = TextField(default="")
    applied_at = UtcDateTimeField(default=utcnow)


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[SchemaMigrator, Database], None]
    # A step that is safe on a database which already has its change. Such a step also runs
    # on a database stamped with a higher version that never recorded it: a step numbered in
    # an earlier range (51-59, 60-69, ...) but merged after databases reached a later version.
    idempotent: bool = False


# Steps in increasing version order (version 1 is schema_v1.sql). Gaps between numbers are
# allowed, so work on different areas can reserve its own range (10-19, 20-29, ...).
MIGRATIONS: list[Migration] = []


def _create_sync_tables(migrator: SchemaMigrator, db: Database) -> None:
    from desktop_app.models.sync_state import SYNC_STATE_MODELS

    db.create_tables(SYNC_STATE_MODELS)


def _allow_offline_duplicates(migrator: SchemaMigrator, db: Database) -> None:
    # Unique rows that two offline desks can both legitimately create would stall sync.
    db.execute_sql('DROP INDEX IF EXISTS "checkin_void_checkin_id"')
    db.execute_sql('CREATE INDEX "checkin_void_checkin_id" ON "checkin_void" ("checkin_id")')
    db.execute_sql('DROP INDEX IF EXISTS "declaration_text_event_id_key_version"')
    db.execute_sql(
        'CREATE INDEX "declaration_text_event_id_key_version" '
        'ON "declaration_text" ("event_id", "key", "version")'
    )


MIGRATIONS.append(
    Migration(
        40,
        "sync: hub stations, pairing codes, changes, nonces; trusted station keys",
        _create_sync_tables,
    )
)


def current_version() -> int:
    """The schema version this code creates and upgrades to."""
    return max([1, *(m.version for m in MIGRATIONS)])


SCHEMA_V1 = Path(__file__).with_name("schema_v1.sql")


class MigrationError(RuntimeError):
    """The database could not be brought to the current schema (it was left as it was).

    ``found`` is the database's version, ``known`` the newest this code knows; the caller
    words the message for the user (``bootstrap.open_home``).
    """

    def __init__(self, message: str, found: int = 0, known: int = 0) -> None:
        super().__init__(message)
        self.found, self.known = found, known


def schema_version(db: Database) -> int:
    """The version of an open database; 0 for an empty one."""
    if not db.table_exists(SchemaVersion._meta.table_name):
        return 0
    latest = SchemaVersion.select(SchemaVersion.version).order_by(SchemaVersion.version.desc())
    row = latest.first()
    return int(row.version) if row else 0


def create_v1(db: Database) -> None:
    """Create the frozen version-1 schema (for upgrading old files and for tests)."""
    statements = [s.strip() for s in SCHEMA_V1.read_text(encoding="utf-8").split(";")]
    with db.atomic():
        for statement in statements:
            if statement:
                db.execute_sql(statement)
        SchemaVersion.create(version=1, description="initial schema")


def migrate_database(db: Database, models: list[type[BaseModel]], backup_dir: Path | None) -> int:
    """Bring ``db`` to the current version; return the version it had before."""
    target = current_version()
    with db.bind_ctx([SchemaVersion]):
        before = schema_version(db)
        if before == 0:
            with db.atomic():
                db.create_tables([SchemaVersion, *models])
                SchemaVersion.create(version=target, description="created")
                for step in MIGRATIONS:
                    if step.idempotent and step.version != target:
                        SchemaVersion.create(version=step.version, description="created")
            return 0
        if before > target:
            raise MigrationError(
                f"Basis data versi {before} dibuat oleh Ikrar yang lebih baru "
                f"(versi ini mengenal sampai {target}). Perbarui aplikasi.",
                before,
                target,
            )
        applied = {row.version for row in SchemaVersion.select(SchemaVersion.version)}
        pending = [
            step
            for step in sorted(MIGRATIONS, key=lambda m: m.version)
            if step.version > before or (step.idempotent and step.version not in applied)
        ]
        if not pending:
            return before
        if backup_dir is not None and is_sqlite(db):
            # A PostgreSQL hub is backed up by its operator (pg_dump, docs/hub.md).
            backup_database(db, backup_dir, before)
        from playhouse.migrate import SchemaMigrator

        migrator = SchemaMigrator.from_database(db)  # SQLite, or PostgreSQL for a hub
        for step in pending:
            log.info("migrating schema to version %s: %s", step.version, step.description)
            with db.atomic():
                step.apply(migrator, db)
                SchemaVersion.create(version=step.version, description=step.description)
        return before


def is_sqlite(db: Database) -> bool:
    from peewee import SqliteDatabase

    return isinstance(db, SqliteDatabase)


def column_type(db: Database, generic: str) -> str:
    """The column type this database calls ``generic`` (peewee's names: BLOB is BYTEA
    on PostgreSQL, BOOL is INTEGER on SQLite), for steps that write plain ALTER TABLE."""
    return str(db.get_context_options()["field_types"].get(generic, generic))


def backup_database(db: Database, backup_dir: Path, version: int) -> Path:
    """Copy the live database (consistently, via SQLite's backup API) before a migration."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"ikrar-v{version}-{stamp}.sqlite3"
    source: sqlite3.Connection = db.connection()
    with sqlite3.connect(target) as copy:
        source.backup(copy)
    copy.close()
    log.info("backed up database to %s", target)
    return target


MIGRATIONS.append(
    Migration(
        41,
        "check-in voids and declaration text versions made offline on two desks no longer collide",
        _allow_offline_duplicates,
    )
)


def _sync_state_codes(migrator: SchemaMigrator, db: Database) -> None:
    # Earlier versions stored the status bar's Indonesian words as the sync state; the state
    # is now a code (services.common.settings.SyncState) translated only at display. Key and
    # words are frozen here as that version wrote them.
    for words, code in (
        ("Terdaftar di hub", "enrolled"),
        ("Menyinkronkan…", "running"),
        ("Tersinkron", "ok"),
        ("Gagal sinkron", "error"),
    ):
        mark = db.param
        db.execute_sql(
            f'UPDATE "setting" SET "value" = {mark} WHERE "key" = {mark} AND "value" = {mark}',
            (code, "sync.state", words),
        )


MIGRATIONS.append(
    Migration(
        50, "settings: the sync state is stored as a code, not as display text", _sync_state_codes
    )
)


def _index_desk_reads(migrator: SchemaMigrator, db: Database) -> None:
    # An event's newest check-ins without sorting all of them (the Registrasi page after
    # every check-in), and the newest outbox stamp without reading the whole outbox (every
    # start): 100 ms and 37 ms at 50,000 attendees before.
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "checkin_event_id_checked_in_at" '
        'ON "checkin" ("event_id", "checked_in_at")'
    )
    db.execute_sql('CREATE INDEX IF NOT EXISTS "change_hlc" ON "change" ("hlc")')


MIGRATIONS.append(
    Migration(
        80,
        "indexes for an event's newest check-ins and the newest outbox stamp",
        _index_desk_reads,
    )
)


OLD_DEFAULT_NUMBER_FORMAT = "{station}.{seq:03d}/SERT/{org}/{month_roman}/{year}"
NEW_DEFAULT_NUMBER_FORMAT = "{seq:03d}/SERT/{org}/{month_roman}/{year}"


def _certificate_number_blocks(migrator: SchemaMigrator, db: Database) -> None:
    from desktop_app.models.entities import CertificateNumberBlock

    db.create_tables([CertificateNumberBlock])
    # Events that never issued a certificate take the plain default ("001/SERT/..."):
    # numbers now come from blocks. Events with certificates keep the format they printed.
    mark = db.param  # "?" on SQLite, "%s" on a PostgreSQL hub
    db.execute_sql(
        f'UPDATE "event" SET "certificate_number_format" = {mark} WHERE '
        f'"certificate_number_format" = {mark} AND NOT EXISTS '
        '(SELECT 1 FROM "certificate" WHERE "certificate"."event_id" = "event"."id")',
        (NEW_DEFAULT_NUMBER_FORMAT, OLD_DEFAULT_NUMBER_FORMAT),
    )


def _letterhead_fields(migrator: SchemaMigrator, db: Database) -> None:
    # Plain ALTER TABLE ... ADD COLUMN with a default: SQLite adds NOT NULL columns that
    # have a default in place. playhouse's add_column would rebuild the event table, and
    # dropping the old table cascades (ON DELETE CASCADE) to every attendee, check-in and
    # signature of every event.
    columns = (
        ("kop_agency", "TEXT NOT NULL DEFAULT ''"),
        ("kop_address", "VARCHAR(300) NOT NULL DEFAULT ''"),
        ("kop_phone", "VARCHAR(60) NOT NULL DEFAULT ''"),
        ("kop_email", "VARCHAR(120) NOT NULL DEFAULT ''"),
        ("kop_website", "VARCHAR(120) NOT NULL DEFAULT ''"),
        ("kop_logo", column_type(db, "BLOB")),
        ("letter_number", "VARCHAR(120) NOT NULL DEFAULT ''"),
        ("letter_nature", "VARCHAR(40) NOT NULL DEFAULT 'Biasa'"),
        ("letter_attachment", "VARCHAR(80) NOT NULL DEFAULT '-'"),
        ("letter_subject", "VARCHAR(200) NOT NULL DEFAULT ''"),
        ("letter_date", "VARCHAR(10) NOT NULL DEFAULT ''"),
        ("letter_copies", "TEXT NOT NULL DEFAULT ''"),
    )
    for name, ddl in columns:
        db.execute_sql(f'ALTER TABLE "event" ADD COLUMN "{name}" {ddl}')


MIGRATIONS.append(
    Migration(
        90,
        "certificate number blocks; plain default number format for events without certificates",
        _certificate_number_blocks,
    )
)
MIGRATIONS.append(
    Migration(91, "kop surat and invitation letter details per event", _letterhead_fields)
)


def _numbers_unique_per_event(migrator: SchemaMigrator, db: Database) -> None:
    # Plain numbers ("001/SERT/BAWASLU-KPG/IX/2024") repeat across events and organizers;
    # a database-wide unique index would make a hub or a bundle refuse another event's rows.
    db.execute_sql('DROP INDEX IF EXISTS "certificate_number"')
    db.execute_sql('CREATE INDEX "certificate_number" ON "certificate" ("number")')
    db.execute_sql(
        'CREATE UNIQUE INDEX "certificate_event_id_number" ON "certificate" ("event_id", "number")'
    )


MIGRATIONS.append(
    Migration(
        92,
        "certificate numbers unique per event, not across every event",
        _numbers_unique_per_event,
    )
)


def _evidence_links(migrator: SchemaMigrator, db: Database) -> None:
    from desktop_app.models.entities import EvidenceLink

    # Records made before this version have no link: they are reported as unsigned.
    db.create_tables([EvidenceLink], safe=True)


MIGRATIONS.append(
    Migration(
        51,
        "signed evidence chain per station (check-ins, voids, signatures)",
        _evidence_links,
        idempotent=True,
    )
)


def _add_column(db: Database, table: str, column: str, ddl: str) -> None:
    """Plain ALTER TABLE (never a table rebuild: see migration 91), skipped when present."""
    if column not in {c.name for c in db.get_columns(table)}:
        db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {ddl}')


def _nik_stays_home(migrator: SchemaMigrator, db: Database) -> None:
    from desktop_app.models.personal_data import legacy_nik_key, mask_digits, nik_hash

    _add_column(db, "attendee", "nik_hash", "VARCHAR(64) NOT NULL DEFAULT ''")
    _add_column(db, "attendee", "nik_masked", "VARCHAR(24) NOT NULL DEFAULT ''")
    db.execute_sql('CREATE INDEX IF NOT EXISTS "attendee_nik_hash" ON "attendee" ("nik_hash")')
    rows = db.execute_sql(
        "SELECT id, event_id, nik FROM \"attendee\" WHERE nik != '' AND nik_hash = ''"
    )
    for row_id, event_id, nik in rows.fetchall():
        digits = "".join(ch for ch in str(nik) if ch.isdigit())
        db.execute_sql(
            'UPDATE "attendee" SET nik_hash = ?, nik_masked = ? WHERE id = ?',
            (nik_hash(legacy_nik_key(str(event_id)), str(nik)), mask_digits(digits), row_id),
        )
    # Outbox entries written before must not send the clear NIK (again); a hub's received
    # changes must not hand it to more stations.
    for table, key in (("change", "seq"), ("hub_change", "hub_seq")):
        _scrub_nik_payloads(db, table, key)


def _scrub_nik_payloads(db: Database, table: str, key: str) -> None:
    import json

    from desktop_app.models.personal_data import legacy_nik_key, mask_digits, nik_hash

    query = f'SELECT "{key}", payload FROM "{table}" WHERE table_name = \'attendee\''
    for seq, payload in db.execute_sql(query).fetchall():
        data = json.loads(payload)
        nik = str(data.get("nik") or "")
        if not nik:
            continue
        digits = "".join(ch for ch in nik if ch.isdigit())
        data.update(
            nik="",
            # Step 140 keeps this derived key for events made before it.
            nik_hash=nik_hash(legacy_nik_key(str(data.get("event"))), nik),
            nik_masked=mask_digits(digits),
        )
        db.execute_sql(
            f'UPDATE "{table}" SET payload = ? WHERE "{key}" = ?',
            (json.dumps(data, ensure_ascii=False, separators=(",", ":")), seq),
        )


MIGRATIONS.append(
    Migration(
        52,
        "NIK stays home: keyed hash and masked form travel instead",
        _nik_stays_home,
        idempotent=True,
    )
)


def _key_endorsements(migrator: SchemaMigrator, db: Database) -> None:
    # Keys made before have none: they verify only where no organizer root is trusted yet,
    # until their station endorses them (at enrolment or its next sync).
    _add_column(db, "signing_key", "endorsement", "TEXT NOT NULL DEFAULT ''")


MIGRATIONS.append(
    Migration(
        53,
        "certificate keys endorsed by stations certified by the organizer root",
        _key_endorsements,
        idempotent=True,
    )
)


def _signature_method(migrator: SchemaMigrator, db: Database) -> None:
    # Plain ALTER TABLE (see _letterhead_fields): every stored signature was made on a pad.
    db.execute_sql(
        'ALTER TABLE "signature" ADD COLUMN "method" VARCHAR(16) NOT NULL DEFAULT \'pad\''
    )
    db.execute_sql(
        'ALTER TABLE "signature" ADD COLUMN "user_agent" VARCHAR(400) NOT NULL DEFAULT \'\''
    )


MIGRATIONS.append(
    Migration(
        100,
        "how a signature was given (pad or phone) and the phone's user agent",
        _signature_method,
    )
)


def _certificate_release(migrator: SchemaMigrator, db: Database) -> None:
    # Plain ALTER TABLE on "event" (see _letterhead_fields): nothing released yet. The
    # column type is the one peewee gives a DateTimeField here (TIMESTAMP on PostgreSQL).
    datetime_type = "TIMESTAMP" if isinstance(db, PostgresqlDatabase) else "DATETIME"
    _add_column(db, "event", "certificates_released_at", datetime_type)


MIGRATIONS.append(
    Migration(101, "when certificates were released to attendees' phones", _certificate_release)
)


def _hub_station_certificates(migrator: SchemaMigrator, db: Database) -> None:
    # Filled at enrolment from now on; stations enrolled before get theirs when the hub
    # next starts with its root (hub/station_certificates.py).
    _add_column(db, "hub_station", "root_certificate", "TEXT NOT NULL DEFAULT ''")


MIGRATIONS.append(
    Migration(
        130,
        "the organizer root's certificate of each enrolled station key, kept by the hub",
        _hub_station_certificates,
        idempotent=True,
    )
)


def _nik_hash_keys(migrator: SchemaMigrator, db: Database) -> None:
    from desktop_app.models.nik_keys import KeyOrigin, NikHashKey
    from desktop_app.models.personal_data import legacy_nik_key

    with db.bind_ctx([NikHashKey]):
        db.create_tables([NikHashKey], safe=True)
        # Events made before keep the key their stored hashes were made with (derived
        # from the event id); new events get a random one (models/nik_keys.py).
        event_ids = [str(row[0]) for row in db.execute_sql('SELECT id FROM "event"').fetchall()]
        for start in range(0, len(event_ids), 200):
            NikHashKey.insert_many(
                [
                    {
                        "event_id": event_id,
                        "secret": legacy_nik_key(event_id),
                        "origin": KeyOrigin.LEGACY.value,
                        "created_at": utcnow(),
                    }
                    for event_id in event_ids[start : start + 200]
                ]
            ).on_conflict_ignore().execute()


MIGRATIONS.append(
    Migration(
        140,
        "a secret NIK hash key per event, kept locally (old events keep the derived key)",
        _nik_hash_keys,
        idempotent=True,
    )
)


def _nik_sealed_column(migrator: SchemaMigrator, db: Database) -> None:
    # Plain ALTER TABLE (see migration 91). Existing NIKs are sealed by their station once
    # it knows the organizer's key (its next sync or trust: services/certificates/sealed_niks.py).
    _add_column(db, "attendee", "nik_sealed", "TEXT NOT NULL DEFAULT ''")


MIGRATIONS.append(
    Migration(
        150,
        "the clear NIK sealed to the organizer's encryption key (travels; only the root opens)",
        _nik_sealed_column,
        idempotent=True,
    )
)


def _scrub_audit_copies(migrator: SchemaMigrator, db: Database) -> None:
    """Conflict copies of attendee rows audited before migration 52 held the clear NIK:
    in the audit trail, in the outbox that sends it, and in a hub's received changes.

    A copy in a hub's change log loses its author's seal by this (the seal covered the
    clear NIK); stations that pull it later refuse it, which is the lesser loss."""
    import json

    from desktop_app.models.personal_data import mask_digits

    def scrubbed_details(text: str) -> str | None:
        try:
            details = json.loads(text)
        except (TypeError, ValueError):
            return None
        losing = details.get("losing_values") if isinstance(details, dict) else None
        if not isinstance(losing, dict) or not losing.get("nik"):
            return None
        digits = "".join(ch for ch in str(losing["nik"]) if ch.isdigit())
        losing["nik"] = ""
        if not losing.get("nik_masked"):
            losing["nik_masked"] = mask_digits(digits)
        return json.dumps(details, ensure_ascii=False, sort_keys=True, default=str)

    mark = db.param
    if is_sqlite(db):
        # The old text is overwritten with zeros, not left in free space of the file (on by
        # default in some SQLite builds, e.g. Debian's; not in every one).
        db.execute_sql("PRAGMA secure_delete = ON")
    rows = db.execute_sql(
        "SELECT id, details FROM \"audit_log\" WHERE action = 'sync.conflict' "
        "AND entity = 'attendee'"
    ).fetchall()
    for row_id, details in rows:
        clean = scrubbed_details(details)
        if clean is not None:
            db.execute_sql(
                f'UPDATE "audit_log" SET details = {mark} WHERE id = {mark}', (clean, row_id)
            )
    for table, key in (("change", "seq"), ("hub_change", "hub_seq")):
        query = f'SELECT "{key}", payload FROM "{table}" WHERE table_name = \'audit_log\''
        for seq, payload in db.execute_sql(query).fetchall():
            try:
                data = json.loads(payload)
            except ValueError:
                continue
            if not isinstance(data, dict) or data.get("action") != "sync.conflict":
                continue
            clean = scrubbed_details(str(data.get("details") or ""))
            if clean is None:
                continue
            data["details"] = clean
            db.execute_sql(
                f'UPDATE "{table}" SET payload = {mark} WHERE "{key}" = {mark}',
                (json.dumps(data, ensure_ascii=False, separators=(",", ":")), seq),
            )


MIGRATIONS.append(
    Migration(
        151,
        "no clear NIK in audit copies of conflicts (audit trail, outbox, hub change log)",
        _scrub_audit_copies,
        idempotent=True,
    )
)


def _witnessed_heads(migrator: SchemaMigrator, db: Database) -> None:
    from desktop_app.models.sync_state import WitnessedHead

    # From this version declaration text versions are evidence links too; texts made
    # before it have none and are reported as unsigned (services/signing/evidence_chain.py).
    db.create_tables([WitnessedHead], safe=True)


MIGRATIONS.append(
    Migration(
        170,
        "declaration text versions as evidence links; chain heads witnessed by bundles",
        _witnessed_heads,
        idempotent=True,
    )
)

# After every step above is registered.
CURRENT_VERSION = current_version()
