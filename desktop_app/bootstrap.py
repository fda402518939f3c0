"""Open a data directory: folders, logging, database. Shared by the CLI, GUI and hub."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

import peewee

from desktop_app.logging_setup import configure_logging
from desktop_app.models import init_db
from desktop_app.models.migrations import MigrationError
from desktop_app.models.nik_sealing import set_recipient_source
from desktop_app.paths import DataDir, resolve_home
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError


def open_home(explicit: str | os.PathLike[str] | None = None) -> DataDir:
    """Resolve, create and open the data directory; the database is ready afterwards."""
    return open_data_dir(resolve_home(explicit))


def open_data_dir(home: DataDir) -> DataDir:
    """Create and open an already resolved data directory (folders, log, database
    migrated); the window resolves its folder before its first paint and opens it after."""
    try:
        home.ensure()
        configure_logging(home.log_file)
    except OSError as exc:
        raise UserError(
            "home.not_writable",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Folder data '{folder}' tidak dapat dibuat atau ditulisi ({reason}). "
                "Pilih folder lain dengan --home atau IKRAR_HOME.",
            ),
            folder=str(home.root),
            reason=str(exc.strerror),
        ) from exc
    # NIKs are sealed to the organizer's key, which only services can read (settings).
    set_recipient_source(_organizer_recipient)
    try:
        init_db(Path(home.database), backup_dir=home.backups)
    except MigrationError as exc:
        raise UserError(
            "database.newer_version",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Basis data versi {found} dibuat oleh Ikrar yang lebih baru "
                "(versi ini mengenal sampai {known}). Perbarui aplikasi.",
            ),
            found=exc.found,
            known=exc.known,
        ) from exc
    except (OSError, sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        logging.getLogger("ikrar").exception("cannot open database %s", home.database)
        raise UserError(
            "database.cannot_open",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Basis data '{path}' tidak dapat dibuka ({reason}). "
                "Periksa ruang disk dan izin folder; cadangan ada di folder backups.",
            ),
            path=str(home.database),
            reason=str(exc),
        ) from exc
    return home


def _organizer_recipient() -> bytes | None:
    # Imported on first use: most commands never write an attendee (start-up time).
    from desktop_app.services.certificates.sealed_niks import organizer_recipient

    return organizer_recipient()
