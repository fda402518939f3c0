"""What this station knows about revoked certificates, for offline verification.

Kept apart from issuing so the token check (``token.verify_token``) can ask about
revocations without importing the issuing code that itself signs tokens.
"""

from __future__ import annotations

import datetime as dt
import logging

from desktop_app.models import Certificate, CertificateRevocation, Event
from desktop_app.models.fields import utcnow
from desktop_app.services.common.localtime import format_datetime
from desktop_app.services.common.messages import QT_TRANSLATE_NOOP, Message, message
from desktop_app.services.common.settings import SYNC_LAST_SUCCESS

log = logging.getLogger("ikrar.certificates")


def revocation_reason(number: str, event_code: str | None = None) -> Message | None:
    """Why ``number`` (of event ``event_code``) was revoked, or None if this station knows
    of no revocation. Numbers are unique within an event, not across events."""
    query = (
        CertificateRevocation.select(CertificateRevocation, Certificate)
        .join(Certificate)
        .where(Certificate.number == number)
    )
    if event_code:
        query = query.join(Event).where(Event.code == event_code)
    row = query.first()
    if row is None:
        return None
    when = format_datetime(row.revoked_at, row.certificate.event.timezone)
    return message(
        "certificate.revocation_reason",
        QT_TRANSLATE_NOOP("ServiceMessages", "{reason} (dicabut {when})."),
        reason=row.reason,
        when=when,
    )


def revocation_time_text(when: dt.datetime) -> str:
    """An instant of a station revocation, in the zone of this station's latest event."""
    tz = "Asia/Jakarta"
    try:
        event = Event.select(Event.timezone).order_by(Event.starts_at.desc()).first()
        if event is not None:
            tz = event.timezone
    except Exception:  # no database open: Jakarta time is still a true statement of it
        log.debug("station revocation time in WIB", exc_info=True)
    return format_datetime(when, tz)


def revocation_list_as_of() -> str:
    """How fresh this station's revocation list is, for offline verification messages.

    The last successful sync if the sync service recorded one, else now (a station that
    never synced knows exactly its own revocations).
    """
    when = utcnow()
    tz = "Asia/Jakarta"
    try:
        # Revocations arrive with a sync; until the first one this station's own database
        # is the whole revocation list it knows, as of now.
        when = SYNC_LAST_SUCCESS.get() or when
        event = Event.select(Event.timezone).order_by(Event.starts_at.desc()).first()
        if event is not None:
            tz = event.timezone
    except Exception:  # no database open (pure offline check): "now" is still honest
        log.debug("revocation list date from clock only", exc_info=True)
    return format_datetime(when, tz)


def revocations_for_export() -> list[dict[str, str]]:
    """Every revocation this station knows, for a verifier that carries its own list
    (``ikrar verifier``): number, event code, reason and when, worded as
    :func:`revocation_reason` words them."""
    rows = (
        CertificateRevocation.select(CertificateRevocation, Certificate, Event)
        .join(Certificate)
        .join(Event)
        .order_by(CertificateRevocation.revoked_at)
    )
    return [
        {
            "number": str(row.certificate.number),
            "event_code": str(row.certificate.event.code),
            "reason": str(row.reason),
            "when": format_datetime(row.revoked_at, row.certificate.event.timezone),
        }
        for row in rows
    ]
