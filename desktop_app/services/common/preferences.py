"""This station's preferences (language, operator, station name), kept in the local database.

Settings are per installation and never synced: the ``Setting`` key/value table for
preferences, the local ``Station`` row for the station's name (sync and documents read it).
"""

from __future__ import annotations

from desktop_app.models import Setting, Station, local_station
from desktop_app.services.common.errors import UserError

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT_LANGUAGE = "id"

KEY_LANGUAGE = "ui.language"
KEY_OPERATOR = "ui.operator"
KEY_GEOMETRY = "ui.geometry"
KEY_LAST_EVENT = "ui.last_event"
KEY_SYNC_STATE = "sync.state"
KEY_SYNC_LAST_SUCCESS = "sync.last_success"


def language() -> str:
    """The stored interface language code (``id`` unless English was chosen)."""
    value = Setting.get_value(KEY_LANGUAGE, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(code: str) -> None:
    if code not in LANGUAGES:
        raise UserError(f"Bahasa tidak dikenal: {code}.")
    Setting.set_value(KEY_LANGUAGE, code)


def operator() -> str:
    """Name of the person at this desk, recorded with check-ins and in the audit log."""
    return Setting.get_value(KEY_OPERATOR, "")


def set_operator(name: str) -> None:
    name = " ".join(name.split())
    if len(name) > 100:
        raise UserError("Nama operator paling banyak 100 karakter.")
    Setting.set_value(KEY_OPERATOR, name)


def station_name() -> str:
    return str(local_station().name)


def set_station_name(name: str) -> None:
    name = " ".join(name.split())
    if not name:
        raise UserError("Nama stasiun wajib diisi (misalnya 'Meja 1').")
    if len(name) > 100:
        raise UserError("Nama stasiun paling banyak 100 karakter.")
    Station.update(name=name).where(Station.is_local == True).execute()  # noqa: E712


def last_event() -> str:
    """Id of the event this station had open last ("" if none)."""
    return Setting.get_value(KEY_LAST_EVENT, "")


def set_last_event(event_id: str) -> None:
    if Setting.get_value(KEY_LAST_EVENT, "") != event_id:
        Setting.set_value(KEY_LAST_EVENT, event_id)


def window_geometry() -> str:
    """The main window's saved geometry (Qt's base64 blob) or ""."""
    return Setting.get_value(KEY_GEOMETRY, "")


def set_window_geometry(blob: str) -> None:
    Setting.set_value(KEY_GEOMETRY, blob)


def sync_state() -> tuple[str, str]:
    """(state, ISO time of the last successful sync) as the sync engine recorded them."""
    return Setting.get_value(KEY_SYNC_STATE, ""), Setting.get_value(KEY_SYNC_LAST_SUCCESS, "")
