"""Local dates and times as Indonesian documents print them: with the zone name (WIB/WITA/WIT)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from desktop_app.models.categories import TIMEZONES

MONTHS_ID = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DAYS_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ROMAN_MONTHS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def zone(name: str) -> ZoneInfo:
    """The IANA zone (tzdata is bundled with Python on Windows via the tzdata package)."""
    return ZoneInfo(name)


def zone_abbreviation(name: str) -> str:
    """WIB, WITA or WIT for Indonesian zones; the offset for others."""
    if name in TIMEZONES:
        return TIMEZONES[name]
    offset = dt.datetime.now(zone(name)).utcoffset() or dt.timedelta()
    hours = int(offset.total_seconds() // 3600)
    return f"UTC{hours:+d}"


def to_local(instant: dt.datetime, tz_name: str) -> dt.datetime:
    """Convert an aware instant to the event's zone."""
    return instant.astimezone(zone(tz_name))


def format_date(instant: dt.datetime, tz_name: str, with_day: bool = False) -> str:
    """``27 September 2024`` (optionally ``Jumat, 27 September 2024``) in the event's zone."""
    local = to_local(instant, tz_name)
    text = f"{local.day} {MONTHS_ID[local.month - 1]} {local.year}"
    return f"{DAYS_ID[local.weekday()]}, {text}" if with_day else text


def format_time(instant: dt.datetime, tz_name: str) -> str:
    """``09.15 WITA``: Indonesian style uses a dot between hours and minutes."""
    local = to_local(instant, tz_name)
    return f"{local:%H.%M} {zone_abbreviation(tz_name)}"


def format_datetime(instant: dt.datetime, tz_name: str) -> str:
    """``27 September 2024 09.15 WITA``."""
    return f"{format_date(instant, tz_name)} {format_time(instant, tz_name)}"


def roman_month(month: int) -> str:
    """Roman numeral month used in Indonesian letter numbers (IX for September)."""
    return ROMAN_MONTHS[month - 1]


def local_to_utc(naive_local: dt.datetime, tz_name: str) -> dt.datetime:
    """Interpret a wall-clock time at the venue and return it as aware UTC."""
    return naive_local.replace(tzinfo=zone(tz_name)).astimezone(dt.UTC)
