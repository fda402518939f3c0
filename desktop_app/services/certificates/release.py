"""Releasing certificates to the attendees' phones: until the organizer releases them, the
venue hub's certificate desk says "not issued yet" even for certificates already numbered
and printed (the organizer may prepare them before the closing)."""

from __future__ import annotations

from desktop_app.models import Event
from desktop_app.models.fields import utcnow
from desktop_app.services.common.audit import log_action


def release_certificates(event: Event, operator: str = "", released: bool = True) -> Event:
    """Let attendees download their issued certificates (or stop it: ``released=False``).
    Stored on the event, so it reaches the hub with the next sync."""
    with Event._meta.database.atomic():
        event = Event.get_by_id(event.id)
        if (event.certificates_released_at is not None) != released:
            event.certificates_released_at = utcnow() if released else None
            event.save()
            action = "certificates.release" if released else "certificates.withhold"
            log_action(action, "event", event.id, operator)
    return event


def certificates_released(event: Event) -> bool:
    return event.certificates_released_at is not None
