"""This station's preferences (language, operator, station name), kept in the local database.

Settings are per installation and never synced: the typed keys of
:mod:`desktop_app.services.common.settings` for preferences, the local ``Station`` row for
the station's name (sync and documents read it).
"""

from __future__ import annotations

import datetime as dt

from desktop_app.models import Station, local_station
from desktop_app.services.common import settings
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.common.settings import LANGUAGES, SyncState

DEFAULT_LANGUAGE = settings.LANGUAGE.default

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "SyncState"]


def language() -> str:
    """The stored interface language code (``id`` unless English was chosen)."""
    return settings.LANGUAGE.get()


def set_language(code: str) -> None:
    if code not in LANGUAGES:
        raise UserError(
            "preferences.unknown_language",
            QT_TRANSLATE_NOOP("ServiceMessages", "Bahasa tidak dikenal: {language}."),
            field="language",
            language=code,
        )
    settings.LANGUAGE.set(code)


def operator() -> str:
    """Name of the person at this desk, recorded with check-ins and in the audit log."""
    return settings.OPERATOR.get()


def set_operator(name: str) -> None:
    name = " ".join(name.split())
    if len(name) > 100:
        raise UserError(
            "preferences.operator_too_long",
            QT_TRANSLATE_NOOP("ServiceMessages", "Nama operator paling banyak 100 karakter."),
            field="operator",
        )
    settings.OPERATOR.set(name)


def desk_opened_today(today: dt.date) -> bool:
    """Whether the operator has said who is at this desk today (asked once a day)."""
    return bool(settings.OPERATOR.get()) and settings.OPERATOR_DAY.get() == today.isoformat()


def open_desk(operator_name: str, station: str, today: dt.date) -> None:
    """The operator and this desk's name for the day, both or neither (one transaction)."""
    if not " ".join(operator_name.split()):
        raise UserError(
            "preferences.operator_required",
            QT_TRANSLATE_NOOP("ServiceMessages", "Nama operator wajib diisi."),
            field="operator",
        )
    with Station._meta.database.atomic():
        set_operator(operator_name)
        set_station_name(station)
        settings.OPERATOR_DAY.set(today.isoformat())


def suggested_station_name() -> str:
    """ "Meja 1" for a desk still named after its computer (the first-run default)."""
    name = station_name()
    return "Meja 1" if name.startswith("Meja ") and not name[5:].strip().isdigit() else name


def station_name() -> str:
    return str(local_station().name)


def set_station_name(name: str) -> None:
    name = " ".join(name.split())
    if not name:
        raise UserError(
            "preferences.station_name_required",
            QT_TRANSLATE_NOOP("ServiceMessages", "Nama stasiun wajib diisi (misalnya 'Meja 1')."),
            field="station_name",
        )
    if len(name) > 100:
        raise UserError(
            "preferences.station_name_too_long",
            QT_TRANSLATE_NOOP("ServiceMessages", "Nama stasiun paling banyak 100 karakter."),
            field="station_name",
        )
    Station.update(name=name).where(Station.is_local == True).execute()  # noqa: E712


def last_event() -> str:
    """Id of the event this station had open last ("" if none)."""
    return settings.LAST_EVENT.get()


def set_last_event(event_id: str) -> None:
    if settings.LAST_EVENT.get() != event_id:
        settings.LAST_EVENT.set(event_id)


def window_geometry() -> str:
    """The main window's saved geometry (Qt's base64 blob) or ""."""
    return settings.WINDOW_GEOMETRY.get()


def set_window_geometry(blob: str) -> None:
    settings.WINDOW_GEOMETRY.set(blob)


def sync_state() -> tuple[SyncState | None, dt.datetime | None]:
    """(state code, instant of the last successful sync) as the sync engine recorded them."""
    return settings.SYNC_STATE.get(), settings.SYNC_LAST_SUCCESS.get()
