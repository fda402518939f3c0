"""What a USB bundle export has already carried, for "Perubahan belum terkirim".

A bundle holds every row of its event, so after an export the changes made so far have
left the desk (on the stick) even though the hub has not acknowledged them; the page says
so instead of showing an unchanged count.
"""

from __future__ import annotations

import datetime as dt

from peewee import fn

from desktop_app.models import Change
from desktop_app.models.fields import utcnow
from desktop_app.services.common.settings import BUNDLE_EXPORTED_AT, BUNDLE_EXPORTED_SEQ


def latest_change_seq() -> int:
    """The newest local change (0 when none)."""
    return int(Change.select(fn.MAX(Change.seq)).scalar() or 0)


def mark_bundle_exported(seq: int) -> None:
    """Remember that the changes up to ``seq`` went out in a bundle (read before export)."""
    BUNDLE_EXPORTED_SEQ.set(max(seq, BUNDLE_EXPORTED_SEQ.get()))
    BUNDLE_EXPORTED_AT.set(utcnow())


def changes_since_bundle() -> tuple[int, dt.datetime] | None:
    """(changes made after the last bundle export, when it was), or None if never."""
    when = BUNDLE_EXPORTED_AT.get()
    if when is None:
        return None
    count = Change.select().where(Change.seq > BUNDLE_EXPORTED_SEQ.get()).count()
    return int(count), when
