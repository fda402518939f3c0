"""Check-in at the desk: each arrival is its own record; the earliest valid one counts.

A check-in is never a flag overwritten: checking someone in twice keeps both records
(the second is a *repeat*, and the desk is told when and where the first one happened);
a mistaken check-in is undone by a ``CheckinVoid`` with a reason, logged in the audit trail.
Scanned codes (invitation QR or badge) are looked up here too, with a distinct result for
a code that belongs to another event.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from peewee import fn

from desktop_app.models import Attendee, Checkin, CheckinVoid, Event, Station
from desktop_app.models.fields import utcnow
from desktop_app.services.common.audit import log_action
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from desktop_app.services.common.localtime import format_time
from desktop_app.services.common.messages import Message, message
from desktop_app.services.common.query_rows import fk, rows_of
from desktop_app.services.events.presence import valid_checkins
from desktop_app.services.signing.evidence_chain import append_links


class Method(StrEnum):
    SEARCH = "SEARCH"
    SCANNER = "SCANNER"
    WEBCAM = "WEBCAM"
    CLI = "CLI"
    WALK_IN = "WALK_IN"


class Outcome(StrEnum):
    FIRST = "FIRST"  # counted: this is the attendee's arrival
    REPEAT = "REPEAT"  # already present; kept as a repeat


@dataclass(frozen=True)
class CheckinResult:
    """What a check-in did, with the first arrival's time and station for repeats."""

    outcome: Outcome
    attendee: Attendee
    checkin: Checkin
    first: Checkin
    first_station: str

    @property
    def is_first(self) -> bool:
        return self.outcome is Outcome.FIRST

    def message(self, tz_name: str) -> str:
        """Indonesian feedback line for the desk."""
        if self.is_first:
            return (
                f"{self.attendee.full_name} tercatat hadir pukul "
                f"{format_time(self.checkin.checked_in_at, tz_name)}."
            )
        return (
            f"{self.attendee.full_name} sudah hadir sejak "
            f"{format_time(self.first.checked_in_at, tz_name)} di {self.first_station}."
        )


class ScanStatus(StrEnum):
    FOUND = "FOUND"
    WRONG_EVENT = "WRONG_EVENT"
    NOT_FOUND = "NOT_FOUND"


@dataclass(frozen=True)
class ScanResult:
    status: ScanStatus
    code: str
    attendee: Attendee | None = None
    other_event: Event | None = None

    @property
    def detail(self) -> Message | None:
        """Why the scan found nobody here (None when it did), for display in any language."""
        if self.status is ScanStatus.WRONG_EVENT and self.other_event is not None:
            return message(
                "checkin.scan_other_event",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages", "Kode {code} milik acara lain: {title} ({event})."
                ),
                code=self.code,
                title=self.other_event.title,
                event=self.other_event.code,
            )
        if self.status is ScanStatus.NOT_FOUND:
            return message(
                "checkin.scan_unknown",
                QT_TRANSLATE_NOOP("ServiceMessages", "Kode {code} tidak dikenal."),
                code=self.code,
            )
        return None

    @property
    def message(self) -> str:
        """The Indonesian text of ``detail`` ("" when the scan found the attendee)."""
        detail = self.detail
        return str(detail) if detail is not None else ""


def normalize_code(raw: str) -> str:
    """A scanned or typed attendee code: trimmed, upper case, without spaces."""
    return "".join(str(raw).split()).upper()


def lookup_code(event: Event, raw: str) -> ScanResult:
    """Find the attendee whose invitation/badge code was scanned."""
    code = normalize_code(raw)
    if not code:
        return ScanResult(ScanStatus.NOT_FOUND, code)
    attendee = Attendee.get_or_none(Attendee.code == code)
    if attendee is None or attendee.removed:
        return ScanResult(ScanStatus.NOT_FOUND, code)
    if fk(attendee, "event") != event.id:
        other = Event.get_by_id(fk(attendee, "event"))
        return ScanResult(ScanStatus.WRONG_EVENT, code, attendee, other)
    return ScanResult(ScanStatus.FOUND, code, attendee)


def first_checkin(event: Event, attendee: Attendee) -> Checkin | None:
    """The attendee's earliest check-in that was not voided, or None."""
    found: Checkin | None = (
        valid_checkins(event, attendee).order_by(Checkin.checked_in_at, Checkin.hlc).first()
    )
    return found


class Arrival(NamedTuple):
    """An attendee's earliest valid check-in, as a result list shows it."""

    checked_in_at: dt.datetime
    station_id: str
    hlc: str


def first_checkins(event: Event | str, attendee_ids: list[str]) -> dict[str, Arrival]:
    """Earliest valid check-in per attendee, for a list of attendees (result lists: read on
    every keystroke, so plain tuples rather than a row object per check-in)."""
    if not attendee_ids:
        return {}
    query = (
        valid_checkins(event, attendee_ids)
        .select(Checkin.attendee, Checkin.checked_in_at, Checkin.station_id, Checkin.hlc)
        .order_by(Checkin.checked_in_at.desc(), Checkin.hlc.desc())
    )
    result: dict[str, Arrival] = {}
    for attendee_id, at, station_id, hlc in rows_of(query):
        result[attendee_id] = Arrival(at, station_id, hlc)  # the last one is the earliest
    return result


def first_checkin_times(event: Event | str) -> dict[str, dt.datetime]:
    """When each present attendee of the event first checked in (one grouped query: the
    whole list at once, without a row object per check-in)."""
    earliest = fn.MIN(Checkin.checked_in_at)
    query = valid_checkins(event).select(Checkin.attendee, earliest).group_by(Checkin.attendee)
    convert = Checkin.checked_in_at.python_value
    return {attendee_id: convert(at) for attendee_id, at in rows_of(query)}


_station_names: dict[str, str] = {}


def station_name(station_id: str) -> str:
    """A station's display name ("Meja 2"); unknown stations by their id prefix."""
    if station_id not in _station_names:
        station = Station.get_or_none(Station.id == station_id)
        _station_names[station_id] = station.name if station else f"stasiun {station_id[:4]}"
    return _station_names[station_id]


def forget_station_names() -> None:
    """After a desk was renamed: the next lookup reads the names again."""
    _station_names.clear()


def check_in(
    event: Event,
    attendee: Attendee,
    operator: str = "",
    method: str = Method.SEARCH.value,
    at: dt.datetime | None = None,
) -> CheckinResult:
    """Record an arrival (committed on return). Repeats are recorded too and say so."""
    if fk(attendee, "event") != event.id:
        raise UserError(
            "checkin.other_event",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "{name} terdaftar di acara lain; tidak dapat dicatat hadir di acara ini.",
            ),
            name=attendee.full_name,
        )
    if attendee.removed:
        raise UserError(
            "checkin.removed",
            QT_TRANSLATE_NOOP("ServiceMessages", "{name} sudah dihapus dari daftar peserta."),
            name=attendee.full_name,
        )
    if method not in {m.value for m in Method}:
        raise UserError(
            "checkin.unknown_method",
            QT_TRANSLATE_NOOP("ServiceMessages", "Cara registrasi '{method}' tidak dikenal."),
            method=method,
        )
    with Checkin._meta.database.atomic():
        first = first_checkin(event, attendee)
        checkin = Checkin.create(
            event=event,
            attendee=attendee,
            checked_in_at=at or utcnow(),
            operator=operator,
            method=method,
        )
        append_links([checkin])  # same transaction: no unsigned check-in is ever saved
    if first is None:
        return CheckinResult(
            Outcome.FIRST, attendee, checkin, checkin, station_name(checkin.station_id)
        )
    return CheckinResult(Outcome.REPEAT, attendee, checkin, first, station_name(first.station_id))


def undo_checkin(checkin: Checkin, operator: str, reason: str) -> CheckinVoid:
    """Void a mistaken check-in (kept in history) and log who did it and why."""
    reason = " ".join(reason.split())
    if not reason:
        raise UserError(
            "checkin.undo_reason_required",
            QT_TRANSLATE_NOOP("ServiceMessages", "Alasan pembatalan wajib diisi."),
            field="reason",
        )
    with Checkin._meta.database.atomic():
        if CheckinVoid.select().where(CheckinVoid.checkin == checkin).exists():
            raise UserError(
                "checkin.already_undone",
                QT_TRANSLATE_NOOP("ServiceMessages", "Registrasi ini sudah dibatalkan sebelumnya."),
            )
        void = CheckinVoid.create(checkin=checkin, operator=operator, reason=reason[:300])
        append_links([void])
        log_action(
            "checkin.void",
            "checkin",
            checkin.id,
            operator,
            reason=reason,
            attendee=fk(checkin, "attendee"),
        )
    return void


def get_checkin(checkin_id: str) -> Checkin:
    checkin = Checkin.get_or_none(Checkin.id == checkin_id)
    if checkin is None:
        raise NotFoundError(
            "checkin.not_found", QT_TRANSLATE_NOOP("ServiceMessages", "Registrasi tidak ditemukan.")
        )
    return checkin


@dataclass(frozen=True)
class RecentCheckin:
    checkin_id: str
    attendee_id: str
    full_name: str
    institution: str
    at: dt.datetime
    station: str
    method: str
    voided: bool


def recent_checkins(event: Event, limit: int = 20) -> list[RecentCheckin]:
    """The latest check-ins of the event, newest first (voided ones flagged)."""
    query = (
        Checkin.select(
            Checkin.id,
            Attendee.id,
            Attendee.full_name,
            Attendee.institution,
            Checkin.checked_in_at,
            Checkin.station_id,
            Checkin.method,
        )
        .join(Attendee, on=(Checkin.attendee == Attendee.id))
        .where(Checkin.event == event)
        .order_by(Checkin.checked_in_at.desc(), Checkin.hlc.desc())
        .limit(limit)
    )
    rows = list(rows_of(query))
    # A check-in may carry several voids (two desks undid it offline): ask, don't join.
    voided = {
        checkin_id
        for (checkin_id,) in rows_of(
            CheckinVoid.select(CheckinVoid.checkin).where(
                CheckinVoid.checkin.in_([row[0] for row in rows])
            )
        )
    }
    return [
        RecentCheckin(cid, aid, name, institution, at, station_name(station), method, cid in voided)
        for cid, aid, name, institution, at, station, method in rows
    ]
