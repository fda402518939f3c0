"""Create, find, list and edit events (their officials and texts are created with them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop_app.models import (
    DeclarationText,
    Event,
    Official,
)
from desktop_app.models.categories import TIMEZONES, Level
from desktop_app.services.common.audit import log_action
from desktop_app.services.common.codes import random_code
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from desktop_app.services.common.evidence_links import append_links
from desktop_app.services.common.hashing import sha256_text
from desktop_app.services.events.certificate_number_format import DEFAULT_FORMAT, validate_format
from desktop_app.services.events.officials import (
    OfficialInput,
    clean_official,
    official_incomplete,
    set_officials,
)
from desktop_app.services.events.venue_defaults import suggest_org_code
from desktop_app.services.events.verify_address import (
    PLACEHOLDER_ADDRESS,
    clean_verify_address,
)
from desktop_app.services.signing.declaration_templates import default_templates


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
    certificate_number_format: str = DEFAULT_FORMAT
    officials: list[OfficialInput] = field(default_factory=list)
    # Where certificate QR codes point; "" keeps the event's (a new event: the placeholder,
    # which the Acara page warns about).
    verify_base_url: str = ""

    def validate(self) -> None:
        """Raise ``UserError`` with an Indonesian message for the first problem found."""
        if not self.title.strip():
            raise UserError(
                "event.title_required",
                QT_TRANSLATE_NOOP("ServiceMessages", "Judul acara wajib diisi."),
                field="title",
            )
        if not self.organizer.strip():
            raise UserError(
                "event.organizer_required",
                QT_TRANSLATE_NOOP("ServiceMessages", "Nama penyelenggara wajib diisi."),
                field="organizer",
            )
        if self.timezone not in TIMEZONES:
            raise UserError(
                "event.unknown_timezone",
                QT_TRANSLATE_NOOP("ServiceMessages", "Zona waktu harus WIB, WITA, atau WIT."),
                field="timezone",
            )
        if self.ends_local <= self.starts_local:
            raise UserError(
                "event.ends_before_start",
                QT_TRANSLATE_NOOP("ServiceMessages", "Waktu selesai harus setelah waktu mulai."),
                field="ends",
            )
        if self.level not in {lv.value for lv in Level}:
            raise UserError(
                "event.unknown_level",
                QT_TRANSLATE_NOOP("ServiceMessages", "Tingkat penyelenggara tidak dikenal."),
                field="level",
            )
        validate_format(
            self.certificate_number_format,
            org=self.organizer_code.strip() or default_org_code(self.organizer),
        )
        if self.verify_base_url.strip():
            clean_verify_address(self.verify_base_url)
        for official in self.officials:
            if not official.name.strip() or not official.position.strip():
                raise official_incomplete()


def _utc(local: dt.datetime, tz_name: str) -> dt.datetime:
    from desktop_app.services.common.localtime import local_to_utc

    return local_to_utc(local.replace(tzinfo=None), tz_name)


def create_event(data: EventInput, operator: str = "") -> Event:
    """Create an event with the shipped declaration texts and its officials."""
    data.validate()
    officials = [clean_official(o) for o in data.officials]
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
            verify_base_url=(
                clean_verify_address(data.verify_base_url)
                if data.verify_base_url.strip()
                else PLACEHOLDER_ADDRESS
            ),
        )
        texts = [
            DeclarationText.create(
                event=event,
                key=template.key,
                version=template.version,
                title=template.title,
                body=template.body,
                body_sha256=sha256_text(template.body),
            )
            for template in default_templates()
        ]
        append_links(texts)  # each text version is a signed link of this station's chain
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
        before = {
            "title": event.title,
            "venue": event.venue,
            "starts_at": event.starts_at,
            "verify_base_url": event.verify_base_url,
        }
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
        if data.verify_base_url.strip():
            event.verify_base_url = clean_verify_address(data.verify_base_url)
        event.save()
        log_action("event.update", "event", event.id, operator, before=before)
    return event


def save_event(event_id: str, data: EventInput, operator: str = "") -> tuple[Event, bool]:
    """What the Acara page's Simpan does: create the event (``event_id`` empty) or update
    its details and officials together, all or nothing. Returns (event, created)."""
    if not event_id:
        return create_event(data, operator=operator), True
    event = Event.get_by_id(event_id)
    with Event._meta.database.atomic():
        update_event(event, data, operator=operator)
        set_officials(event, data.officials, operator=operator)
    return event, False


def set_verify_address(event: Event, address: str, operator: str = "") -> Event:
    """Point the event's certificate QR codes at ``address`` (``ikrar verify-url``)."""
    cleaned = clean_verify_address(address)
    with Event._meta.database.atomic():
        before = event.verify_base_url
        event.verify_base_url = cleaned
        event.save()
        log_action("event.verify_address", "event", event.id, operator, before=before)
    return event


def default_org_code(organizer: str) -> str:
    """The organizer code used when none is given ("Bawaslu Kabupaten Kupang" →
    "BAWASLU-KAB-KUPANG"; see ``venue_defaults.suggest_org_code``)."""
    return suggest_org_code(organizer)


def _unique_event_code() -> str:
    while True:
        code = random_code(6)
        if not Event.select().where(Event.code == code).exists():
            return code


def get_event(code: str) -> Event:
    """The event with this code (case-insensitive), or ``NotFoundError``."""
    event = Event.get_or_none(Event.code == code.strip().upper())
    if event is None:
        raise NotFoundError(
            "event.not_found",
            QT_TRANSLATE_NOOP("ServiceMessages", "Acara dengan kode '{code}' tidak ditemukan."),
            code=code,
        )
    return event


def list_events(include_archived: bool = False) -> list[Event]:
    """Events, newest first."""
    query = Event.select().order_by(Event.starts_at.desc())
    if not include_archived:
        query = query.where(~Event.archived)
    return list(query)
