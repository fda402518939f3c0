"""Walk-in registration: someone not on the invitation list is added and checked in at once.

Validated exactly like an imported row (``attendee_validation``); a walk-in whose
NIP/NIK/NRP is already on the list is not added twice — the desk is told who it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.models import Attendee, Event
from desktop_app.models.categories import Category, Role, Source
from desktop_app.services.common.audit import log_action
from desktop_app.services.common.codes import random_code
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, Message, UserError, message
from desktop_app.services.people.attendee_validation import (
    ERROR,
    WARNING,
    attendee_fields,
    validate_person,
)
from desktop_app.services.people.names import fold
from desktop_app.services.people.nik_lookup import attendees_with_nik
from desktop_app.services.registration.attendee_search import refresh_attendee
from desktop_app.services.registration.checkin import CheckinResult, Method, check_in


@dataclass
class WalkInInput:
    """The walk-in form (identifiers as typed; spaces allowed)."""

    full_name: str
    nip: str = ""
    nik: str = ""
    nrp: str = ""
    position: str = ""
    institution: str = ""
    category: str = ""  # a Category value; "" = infer from identifiers and institution
    phone: str = ""
    role: str = Role.PESERTA.value


class DuplicateAttendeeError(UserError):
    """The person is already registered for this event (``field``: the identifier)."""

    def __init__(self, attendee: Attendee, kind: str, value: str) -> None:
        super().__init__(
            "walk_in.duplicate",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "{kind} {value} sudah terdaftar atas nama {name} (kode {code}). "
                "Cari nama itu untuk mencatat kehadirannya.",
            ),
            field=kind.lower(),
            kind=kind.upper(),
            value=value,
            name=attendee.full_name,
            code=attendee.code,
        )
        self.attendee = attendee


@dataclass
class WalkInResult:
    attendee: Attendee
    checkin: CheckinResult | None
    warnings: list[Message] = field(default_factory=list)


def _unique_code() -> str:
    while True:
        code = random_code(8)
        if not Attendee.select().where(Attendee.code == code).exists():
            return code


def register_walk_in(
    event: Event, data: WalkInInput, operator: str = "", check_in_now: bool = True
) -> WalkInResult:
    """Validate, add and (by default) check in a walk-in; committed on return."""
    values: dict[str, object] = {
        "full_name": data.full_name,
        "nip": data.nip or None,
        "nik": data.nik or None,
        "nrp": data.nrp or None,
        "position": data.position,
        "institution": data.institution,
        "phone": data.phone,
    }
    person = validate_person(values)  # type: ignore[arg-type]
    errors = [p for p in person.problems if p.severity == ERROR]
    if errors:
        # Every problem of the form in one message; the first one's field gets the cursor.
        raise UserError(
            "walk_in.invalid",
            QT_TRANSLATE_NOOP("ServiceMessages", "{problems}"),
            field=errors[0].field,
            problems=[p.text for p in errors],
        )
    warnings = [p.text for p in person.problems if p.severity == WARNING]
    if data.category:
        try:
            person.category = Category(data.category).value
        except ValueError:
            raise UserError(
                "walk_in.unknown_category",
                QT_TRANSLATE_NOOP("ServiceMessages", "Kategori '{category}' tidak dikenal."),
                field="category",
                category=data.category,
            ) from None
    try:
        role = Role(data.role or Role.PESERTA.value).value
    except ValueError:
        raise UserError(
            "walk_in.unknown_role",
            QT_TRANSLATE_NOOP("ServiceMessages", "Peran '{role}' tidak dikenal."),
            field="role",
            role=data.role,
        ) from None
    db = Event._meta.database
    with db.atomic():
        for kind, value in person.identity_keys():
            if kind == "nik":  # typed here, or at another desk (its hash): nik_lookup
                existing = next(iter(attendees_with_nik(event, value)), None)
            else:
                existing = Attendee.get_or_none(
                    (Attendee.event == event) & (getattr(Attendee, kind) == value)
                )
            if existing is not None:
                raise DuplicateAttendeeError(existing, kind, value)
        same_name = Attendee.select().where(
            (Attendee.event == event) & (Attendee.sort_name == person.sort_name) & ~Attendee.removed
        )
        for other in same_name:
            if fold(other.institution) == fold(person.institution):
                warnings.append(
                    message(
                        "walk_in.same_name",
                        QT_TRANSLATE_NOOP(
                            "ServiceMessages",
                            "Nama dan instansi sama dengan {name} (kode {code}); "
                            "periksa apakah orang yang sama.",
                        ),
                        name=other.full_name,
                        code=other.code,
                    )
                )
        attendee = Attendee.create(
            event=event,
            code=_unique_code(),
            **attendee_fields(person),
            role=role,
            source=Source.WALK_IN.value,
        )
        log_action("attendee.walk_in", "attendee", attendee.id, operator, code=attendee.code)
        result = check_in(event, attendee, operator, Method.WALK_IN.value) if check_in_now else None
    refresh_attendee(attendee)
    return WalkInResult(attendee, result, warnings)
