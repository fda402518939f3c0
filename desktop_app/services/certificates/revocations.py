"""What this station knows about revoked certificates, for offline verification.

Kept apart from issuing so the token check (``token.verify_token``) can ask about
revocations without importing the issuing code that itself signs tokens.
"""

from __future__ import annotations

import datetime as dt
import logging

from desktop_app.models import Certificate, CertificateRevocation, Event, Setting
from desktop_app.models.fields import utcnow
from desktop_app.services.common.localtime import format_datetime

log = logging.getLogger("ikrar.certificates")

# Written by the sync service after a successful pull; until then this station's own
# database is the whole revocation list it knows.
LAST_SYNC_SETTING = "sync.last_pull_at"


def revocation_reason(number: str) -> str | None:
    """Why ``number`` was revoked, or None if this station knows of no revocation."""
    row = (
        CertificateRevocation.select(CertificateRevocation, Certificate)
        .join(Certificate)
        .where(Certificate.number == number)
        .first()
    )
    if row is None:
        return None
    when = format_datetime(row.revoked_at, row.certificate.event.timezone)
    return f"{row.reason} (dicabut {when})."


def revocation_list_as_of() -> str:
    """How fresh this station's revocation list is, for offline verification messages.

    The last successful sync if the sync service recorded one, else now (a station that
    never synced knows exactly its own revocations).
    """
    when = utcnow()
    tz = "Asia/Jakarta"
    try:
        stored = Setting.get_value(LAST_SYNC_SETTING)
        if stored:
            when = dt.datetime.fromisoformat(stored).astimezone(dt.UTC)
        event = Event.select(Event.timezone).order_by(Event.starts_at.desc()).first()
        if event is not None:
            tz = event.timezone
    except Exception:  # no database open (pure offline check): "now" is still honest
        log.debug("revocation list date from clock only", exc_info=True)
    return format_datetime(when, tz)
