"""Certificate numbers: unique per event, conflict-free across stations working offline.

Decision: a **station prefix**, not reserved ranges. Each station numbers its own
certificates 1, 2, 3 … and its short station code (``Station.code``) is part of the
number, e.g. ``7F2A.001/SERT/BAWASLU-KPG/IX/2024``. Two laptops that never see each other
can never produce the same number, with nothing to arrange beforehand. Reserved ranges
would need every station to get a range from someone before the event (the hub or a
person), and a station that runs out or is added on the day while offline is stuck.

The default format therefore contains ``{station}``. An organizer's own format without it
gets ``{station}.`` put in front automatically, because without it offline stations would
collide. Sequence numbers come from the highest number this station ever issued for the
event (revoked certificates included), so a number is never reused; reprints keep theirs.
"""

from __future__ import annotations

import datetime as dt
import string
from dataclasses import dataclass

from peewee import fn

from desktop_app.models import Certificate, Event
from desktop_app.models.entities import DEFAULT_CERTIFICATE_NUMBER_FORMAT
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.common.localtime import roman_month, to_local

DEFAULT_FORMAT = DEFAULT_CERTIFICATE_NUMBER_FORMAT
PLACEHOLDERS = "{seq:03d}, {station}, {org}, {event}, {month_roman}, {month}, {year}"
FIELDS = frozenset({"seq", "station", "org", "event", "month_roman", "month", "year"})
MAX_NUMBER_LENGTH = 80
# What a number looks like before the event exists (the form shows a preview while typing):
# a station code and an event code of their real lengths.
SAMPLE_STATION = "A1B2"
SAMPLE_EVENT_CODE = "ABC123"


@dataclass(frozen=True)
class NumberParts:
    seq: int
    station: str
    number: str


def effective_format(fmt: str) -> str:
    """The format actually used: the station code is forced in if the format lacks it."""
    fmt = (fmt or DEFAULT_FORMAT).strip()
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


def render_number(fmt: str, seq: int, station: str, event: Event) -> str:
    """Fill a number format; month and year come from the event's local start date."""
    local = to_local(event.starts_at, event.timezone)
    return fill_format(
        fmt,
        seq=seq,
        station=station,
        org=event.organizer_code,
        event_code=event.code,
        month=local.month,
        year=local.year,
    )


def preview_number(
    fmt: str,
    *,
    station: str,
    org: str,
    start_local: dt.date,
    event_code: str = "",
    seq: int = 1,
) -> str:
    """The number ``fmt`` gives for an event not saved yet (or being edited); raises
    ``UserError`` exactly when issuing would. The event code is a sample until it exists."""
    return fill_format(
        fmt,
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


def last_seq(event: Event, station: str) -> int:
    """The highest sequence this station used for this event (0 when none)."""
    value = (
        Certificate.select(fn.MAX(Certificate.seq))
        .where((Certificate.event == event) & (Certificate.station_prefix == station))
        .scalar()
    )
    return int(value or 0)


def allocate(event: Event, station: str, count: int = 1) -> list[NumberParts]:
    """The next ``count`` numbers for this station (call inside the issuing transaction).

    Two events of one organizer in the same month render the same numbers for the same
    sequence, so a number this station already issued for another event is skipped: the
    second session's certificates simply continue the count.
    """
    fmt = event.certificate_number_format
    seq = last_seq(event, station)
    allocated: list[NumberParts] = []
    while len(allocated) < count:
        wanted = count - len(allocated)
        candidates = [
            NumberParts(s, station, render_number(fmt, s, station, event))
            for s in range(seq + 1, seq + 1 + wanted)
        ]
        existing = Certificate.select(Certificate.number).where(
            Certificate.number.in_([c.number for c in candidates])
        )
        taken: set[str] = {row.number for row in existing}
        allocated += [c for c in candidates if c.number not in taken]
        seq += wanted
    return allocated
