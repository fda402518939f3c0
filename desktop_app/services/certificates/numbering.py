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

from dataclasses import dataclass

from peewee import fn

from desktop_app.models import Certificate, Event
from desktop_app.services.common.localtime import to_local
from desktop_app.services.events.certificate_number_format import fill_format


@dataclass(frozen=True)
class NumberParts:
    seq: int
    station: str
    number: str


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
