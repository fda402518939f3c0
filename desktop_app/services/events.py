"""Create, find, edit and count events."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import secrets
from dataclasses import dataclass, field
from typing import Any

from peewee import JOIN, fn

from desktop_app.models import (
    Attendee,
    Certificate,
    CertificateRevocation,
    Checkin,
    CheckinVoid,
    DeclarationText,
    Event,
    Official,
    Signature,
)
from desktop_app.models.categories import TIMEZONES, Level

from .audit import log_action
from .declaration_templates import default_templates
from .errors import NotFoundError, UserError

# Crockford-style alphabet: no I, L, O, U, so codes survive being read aloud and retyped.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def random_code(length: int) -> str:
    """A random code from an unambiguous alphabet."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


@dataclass
class OfficialInput:
    name: str
    position: str
    nip: str = ""
    signs: str = "SERTIFIKAT,DAFTAR_HADIR,DEKLARASI"
    id: str = ""  # an existing Official's id when editing; empty for a new one


@dataclass
class EventInput:
    """What a user fills in on the Acara page (times are wall-clock at the venue)."""

    title: str
    organizer: str
    starts_local: dt.datetime
    ends_local: dt.datetime
    timezone: str = "Asia/Jakarta"
    venue: str = ""
    city: str = ""
    level: str = Level.KABUPATEN.value
    organizer_code: str = ""
    certificate_number_format: str = Event.certificate_number_format.default
    officials: list[OfficialInput] = field(default_factory=list)

    def validate(self) -> None:
        """Raise ``UserError`` with an Indonesian message for the first problem found."""
        if not self.title.strip():
            raise UserError("Judul acara wajib diisi.")
        if not self.organizer.strip():
            raise UserError("Nama penyelenggara wajib diisi.")
        if self.timezone not in TIMEZONES:
            raise UserError("Zona waktu harus WIB, WITA, atau WIT.")
        if self.ends_local <= self.starts_local:
            raise UserError("Waktu selesai harus setelah waktu mulai.")
        if self.level not in {lv.value for lv in Level}:
            raise UserError("Tingkat penyelenggara tidak dikenal.")
        try:
            self.certificate_number_format.format(
                seq=1, org="ORG", month_roman="IX", month=9, year=2024, station="A1"
            )
        except (KeyError, ValueError, IndexError) as exc:
            raise UserError(
                "Format nomor sertifikat tidak valid. Gunakan {seq:03d}, {org}, "
                "{month_roman}, {month}, {year}, {station}."
            ) from exc
        for official in self.officials:
            if not official.name.strip() or not official.position.strip():
                raise UserError("Nama dan jabatan pejabat penandatangan wajib diisi.")


def _utc(local: dt.datetime, tz_name: str) -> dt.datetime:
    from .localtime import local_to_utc

    return local_to_utc(local.replace(tzinfo=None), tz_name)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def create_event(data: EventInput, operator: str = "") -> Event:
    """Create an event with the shipped declaration texts and its officials."""
    data.validate()
    officials = [_clean_official(o) for o in data.officials]
    db = Event._meta.database
    with db.atomic():
        event = Event.create(
            code=_unique_event_code(),
            title=data.title.strip(),
            organizer=data.organizer.strip(),
            organizer_code=(data.organizer_code or default_org_code(data.organizer)).strip(),
            level=data.level,
            venue=data.venue.strip(),
            city=data.city.strip(),
            timezone=data.timezone,
            starts_at=_utc(data.starts_local, data.timezone),
            ends_at=_utc(data.ends_local, data.timezone),
            certificate_number_format=data.certificate_number_format,
        )
        for template in default_templates():
            DeclarationText.create(
                event=event,
                key=template.key,
                version=template.version,
                title=template.title,
                body=template.body,
                body_sha256=sha256_text(template.body),
            )
        for order, official in enumerate(officials):
            Official.create(
                event=event,
                name=official.name,
                position=official.position,
                nip=official.nip,
                signs=official.signs,
                sort_order=order,
            )
        log_action("event.create", "event", event.id, operator, code=event.code)
    return event


def update_event(event: Event, data: EventInput, operator: str = "") -> Event:
    """Apply edited event details (officials are edited separately)."""
    data.validate()
    with Event._meta.database.atomic():
        before = {"title": event.title, "venue": event.venue, "starts_at": event.starts_at}
        event.title = data.title.strip()
        event.organizer = data.organizer.strip()
        event.organizer_code = (data.organizer_code or event.organizer_code).strip()
        event.level = data.level
        event.venue = data.venue.strip()
        event.city = data.city.strip()
        event.timezone = data.timezone
        event.starts_at = _utc(data.starts_local, data.timezone)
        event.ends_at = _utc(data.ends_local, data.timezone)
        event.certificate_number_format = data.certificate_number_format
        event.save()
        log_action("event.update", "event", event.id, operator, before=before)
    return event


def default_org_code(organizer: str) -> str:
    """The organizer code used when none is given (first two words, upper case)."""
    words = [w for w in organizer.upper().replace("-", " ").split() if w.isalnum()]
    return "-".join(words[:2])[:20] or "ORG"


def _unique_event_code() -> str:
    while True:
        code = random_code(6)
        if not Event.select().where(Event.code == code).exists():
            return code


def get_event(code: str) -> Event:
    """The event with this code (case-insensitive), or ``NotFoundError``."""
    event = Event.get_or_none(Event.code == code.strip().upper())
    if event is None:
        raise NotFoundError(f"Acara dengan kode '{code}' tidak ditemukan.")
    return event


def valid_checkins(event: Event | str) -> Any:
    """Check-ins of the event that were not voided (a peewee query): the "present" rule."""
    return (
        Checkin.select()
        .join(CheckinVoid, JOIN.LEFT_OUTER, on=(CheckinVoid.checkin == Checkin.id))
        .where((Checkin.event == event) & CheckinVoid.id.is_null())
    )


def present_attendee_ids(event: Event) -> Any:
    """Subquery of attendee ids with at least one check-in that was not voided."""
    return valid_checkins(event).select(Checkin.attendee)


@dataclass(frozen=True)
class EventCounts:
    attendees: int
    present: int
    signed: int
    certificates: int


def event_counts(event: Event) -> EventCounts:
    """Headline numbers for lists and the dashboard."""
    attendees = Attendee.select().where((Attendee.event == event) & ~Attendee.removed)
    present = attendees.where(Attendee.id.in_(present_attendee_ids(event)))
    signed = (
        Signature.select(fn.COUNT(fn.DISTINCT(Signature.attendee)))
        .where((Signature.event == event) & Signature.attendee.is_null(False))
        .scalar()
    )
    revoked = CertificateRevocation.select(CertificateRevocation.certificate)
    certificates = Certificate.select().where(
        (Certificate.event == event) & Certificate.id.not_in(revoked)
    )
    return EventCounts(
        attendees=attendees.count(),
        present=present.count(),
        signed=int(signed or 0),
        certificates=certificates.count(),
    )


def list_events(include_archived: bool = False) -> list[Event]:
    """Events, newest first."""
    query = Event.select().order_by(Event.starts_at.desc())
    if not include_archived:
        query = query.where(~Event.archived)
    return list(query)


def event_summary(event: Event) -> dict[str, Any]:
    """The JSON shape of ``ikrar events --json``."""
    counts = event_counts(event)
    return {
        "code": event.code,
        "id": event.id,
        "title": event.title,
        "organizer": event.organizer,
        "venue": event.venue,
        "city": event.city,
        "timezone": event.timezone,
        "start": event.starts_at.astimezone(dt.UTC).isoformat(),
        "end": event.ends_at.astimezone(dt.UTC).isoformat(),
        "attendees": counts.attendees,
        "present": counts.present,
        "signed": counts.signed,
        "certificates": counts.certificates,
    }


def latest_declaration(event: Event, key: str) -> DeclarationText:
    """The current (highest, not superseded) version of a declaration text."""
    text = (
        DeclarationText.select()
        .where((DeclarationText.event == event) & (DeclarationText.key == key))
        .order_by(DeclarationText.version.desc(), DeclarationText.hlc.desc())
        .first()
    )
    if text is None:
        raise NotFoundError(f"Naskah pernyataan '{key}' belum ada untuk acara ini.")
    return text


OFFICIAL_DOCUMENTS = ("SERTIFIKAT", "DAFTAR_HADIR", "DEKLARASI")


def _clean_official(official: OfficialInput) -> OfficialInput:
    """Trimmed copy with a checked NIP and a normalised ``signs`` list, or ``UserError``."""
    name, position = official.name.strip(), official.position.strip()
    if not name or not position:
        raise UserError("Nama dan jabatan pejabat penandatangan wajib diisi.")
    nip = official.nip.strip()
    if nip:
        nip = _checked_official_nip(name, nip)
    signs = [s.strip().upper() for s in official.signs.split(",") if s.strip()]
    unknown = [s for s in signs if s not in OFFICIAL_DOCUMENTS]
    if unknown:
        raise UserError(f"Dokumen yang ditandatangani tidak dikenal: {', '.join(unknown)}.")
    ordered = ",".join(doc for doc in OFFICIAL_DOCUMENTS if doc in signs)
    return OfficialInput(name=name, position=position, nip=nip, signs=ordered, id=official.id)


def _checked_official_nip(name: str, nip: str) -> str:
    try:  # identifiers.py lands from a parallel branch; the fallback only checks the length
        identifiers = importlib.import_module("desktop_app.services.identifiers")
    except ImportError:  # pragma: no cover - only before that branch is merged
        digits = "".join(ch for ch in nip if ch.isdigit())
        if len(digits) != 18 or digits != nip.replace(" ", ""):
            raise UserError(f"NIP {name} harus 18 angka.") from None
        return digits
    result = identifiers.validate_nip(nip)
    if not result.ok:
        pppk = identifiers.validate_nipppk(nip)
        if pppk.ok:
            return str(pppk.value)
        raise UserError(f"NIP {name}: {result.message}")
    return str(result.value)


def set_officials(
    event: Event, officials: list[OfficialInput], operator: str = ""
) -> list[Official]:
    """Make the event's signing officials exactly ``officials``, in this order.

    Officials are never deleted (their signatures may point at them): one left out is marked
    ``removed``; one with a known ``id`` is updated when something changed; others are new.
    Everything is validated first, so a bad row changes nothing.
    """
    cleaned = [_clean_official(o) for o in officials]
    current = {
        o.id: o
        for o in Official.select().where((Official.event == event) & ~Official.removed)
    }
    kept_ids = {o.id for o in cleaned if o.id in current}
    added: list[str] = []
    changed: list[str] = []
    removed: list[str] = []
    result: list[Official] = []
    with Event._meta.database.atomic():
        for official_id, row in current.items():
            if official_id not in kept_ids:
                row.removed = True
                row.save()
                removed.append(row.name)
        for order, data in enumerate(cleaned):
            existing = current.get(data.id)
            if existing is None:
                row = Official.create(
                    event=event, name=data.name, position=data.position, nip=data.nip,
                    signs=data.signs, sort_order=order,
                )
                added.append(row.name)
            else:
                row = existing
                values = {"name": data.name, "position": data.position, "nip": data.nip,
                          "signs": data.signs, "sort_order": order}
                if any(getattr(row, k) != v for k, v in values.items()):
                    for key, value in values.items():
                        setattr(row, key, value)
                    row.save()
                    changed.append(row.name)
            result.append(row)
        if added or changed or removed:
            log_action("event.officials", "event", event.id, operator,
                       added=added, changed=changed, removed=removed)
    return result


def active_officials(event: Event) -> list[Official]:
    """The event's signing officials that were not removed, in their order."""
    return list(
        Official.select()
        .where((Official.event == event) & ~Official.removed)
        .order_by(Official.sort_order, Official.created_at)
    )
