"""Dates and times on screen in the interface language, at the venue's clock.

Documents and the CLI print Indonesian dates (``services/common/localtime``); the window
follows the interface: "4 December 2026 09:15 WITA" in English, "4 Desember 2026 09.15
WITA" in Indonesian. Same signatures as the service functions, so a page only changes
where it imports them from.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from desktop_app.services.common import localtime


def english() -> bool:
    """The window speaks English (``install_translations`` set the default locale)."""
    return QLocale().language() == QLocale.Language.English


def format_date(instant: dt.datetime, tz_name: str, with_day: bool = False) -> str:
    if not english():
        return localtime.format_date(instant, tz_name, with_day)
    local = localtime.to_local(instant, tz_name)
    text = f"{local.day} {localtime.MONTHS_EN[local.month - 1]} {local.year}"
    return f"{local:%A}, {text}" if with_day else text


def format_time(instant: dt.datetime, tz_name: str) -> str:
    if not english():
        return localtime.format_time(instant, tz_name)
    local = localtime.to_local(instant, tz_name)
    return f"{local:%H:%M} {localtime.zone_abbreviation(tz_name)}"


def format_datetime(instant: dt.datetime, tz_name: str) -> str:
    return f"{format_date(instant, tz_name)} {format_time(instant, tz_name)}"
