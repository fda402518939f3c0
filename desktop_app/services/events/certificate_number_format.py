"""The certificate number format of an event: which placeholders it may use, how it is
filled, and the check and preview the Acara form shows while it is typed.

Pure rules (no database): the event is validated with them on save
(``event_store.EventInput.validate``), the Acara page previews with them, and
``certificates/numbering`` renders every issued number with them, so the preview and
the printed number cannot disagree. They live in the events area because an event's
settings are checked here; numbering (certificates) builds on them.
"""

from __future__ import annotations

import datetime as dt
import string

from desktop_app.models.entities import DEFAULT_CERTIFICATE_NUMBER_FORMAT
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.common.localtime import roman_month

DEFAULT_FORMAT = DEFAULT_CERTIFICATE_NUMBER_FORMAT
PLACEHOLDERS = "{seq:03d}, {station}, {org}, {event}, {month_roman}, {month}, {year}"
FIELDS = frozenset({"seq", "station", "org", "event", "month_roman", "month", "year"})
MAX_NUMBER_LENGTH = 80
# What a number looks like before the event exists (the form shows a preview while typing):
# a station code and an event code of their real lengths.
SAMPLE_STATION = "A1B2"
SAMPLE_EVENT_CODE = "ABC123"


def effective_format(fmt: str) -> str:
    """The format in use (the default when empty)."""
    return (fmt or DEFAULT_FORMAT).strip()


def fallback_format(fmt: str) -> str:
    """The format of a desk without a number block (``certificates/numbering``): its
    station code in front, unless the format already names the station."""
    fmt = effective_format(fmt)
    return fmt if "{station" in fmt else "{station}." + fmt


def _invalid_format(fmt: str) -> UserError:
    return UserError(
        "numbering.bad_format",
        QT_TRANSLATE_NOOP(
            "ServiceMessages",
            "Format nomor sertifikat '{format}' tidak valid. Gunakan {placeholders}.",
        ),
        field="certificate_number_format",
        format=fmt,
        placeholders=PLACEHOLDERS,
    )


def fill_format(
    fmt: str, *, seq: int, station: str, org: str, event_code: str, month: int, year: int
) -> str:
    """The one rendering of a number format (issuing, the form's check and its preview).

    Only the placeholders above are allowed, without attribute or index access: the format
    is typed by a user and synced from other stations.
    """
    typed, fmt = fmt, effective_format(fmt)
    try:
        names = {name for _text, name, _spec, _conv in string.Formatter().parse(fmt) if name}
    except ValueError as exc:
        raise _invalid_format(typed) from exc
    if not names <= FIELDS:
        raise _invalid_format(typed)
    try:
        number = fmt.format(
            seq=seq,
            station=station,
            org=org or "ORG",
            event=event_code,
            month_roman=roman_month(month),
            month=month,
            year=year,
        )
    except (KeyError, ValueError, IndexError, TypeError) as exc:
        raise _invalid_format(typed) from exc
    if not number.strip() or len(number) > MAX_NUMBER_LENGTH:
        raise UserError(
            "numbering.bad_length",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Nomor sertifikat hasil format kosong atau lebih dari {limit} karakter.",
            ),
            field="certificate_number_format",
            limit=MAX_NUMBER_LENGTH,
        )
    return number


def preview_number(
    fmt: str,
    *,
    station: str,
    org: str,
    start_local: dt.date,
    event_code: str = "",
    seq: int = 1,
    fallback: bool = False,
) -> str:
    """The number ``fmt`` gives for an event not saved yet (or being edited); raises
    ``UserError`` exactly when issuing would. The event code is a sample until it exists;
    ``fallback``: the station has no number block, so its code goes in front."""
    return fill_format(
        fallback_format(fmt) if fallback else fmt,
        seq=seq,
        station=station or SAMPLE_STATION,
        org=org,
        event_code=event_code or SAMPLE_EVENT_CODE,
        month=start_local.month,
        year=start_local.year,
    )


def validate_format(fmt: str, org: str = "ORG") -> None:
    """Raise ``UserError`` if ``fmt`` cannot give a certificate number (checked on save)."""
    preview_number(fmt, station=SAMPLE_STATION, org=org, start_local=dt.date(2024, 9, 27))
