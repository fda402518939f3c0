"""Exact NIK search across desks, and the hashes filled in once an event's key arrives.

A NIK typed at another desk is here only as its keyed hash (``models/personal_data.py``),
so a whole NIK is looked up both in clear (typed on this station) and by its hash under the
event's key. Without the key (not yet received from the hub) only this station's own NIKs
are found. Partial NIKs are never searched: the hash matches whole numbers only.
"""

from __future__ import annotations

from typing import Any

from desktop_app.models import Attendee, Event, database_proxy
from desktop_app.models.nik_keys import event_key
from desktop_app.models.personal_data import nik_digits, nik_hash


def nik_condition(event_id: str, nik: str) -> Any:
    """The peewee condition "this attendee of the event has this whole NIK" (None: no NIK)."""
    digits = nik_digits(nik)
    if not digits:
        return None
    same = Attendee.nik == digits
    key = event_key(event_id)
    if key is not None:
        same = same | (Attendee.nik_hash == nik_hash(key, digits))
    return (Attendee.event == event_id) & same


def attendees_with_nik(event: Event, nik: str) -> list[Attendee]:
    """The event's attendees holding exactly this NIK, wherever it was typed."""
    condition = nik_condition(event.id, nik)
    if condition is None:
        return []
    return list(Attendee.select().where(condition).order_by(Attendee.sort_name))


def fill_missing_hashes(event_id: str) -> int:
    """Hash the clear NIKs of the event stored before its key was here; each becomes an
    ordinary update that syncs (the hash, never the NIK). Returns how many."""
    if event_key(event_id) is None:
        return 0
    filled = 0
    with database_proxy.atomic():
        waiting = Attendee.select().where(
            (Attendee.event == event_id) & (Attendee.nik != "") & (Attendee.nik_hash == "")
        )
        for attendee in waiting:
            attendee.save()  # prepare_for_sync hashes it under the key now known
            filled += 1
    return filled
