"""The present rule: an attendee is present with at least one check-in that was not voided."""

from __future__ import annotations

from typing import Any

from peewee import JOIN

from desktop_app.models import (
    Checkin,
    CheckinVoid,
    Event,
)


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
