"""The hub's side of NIK hash keys (``POST /api/nik-keys``; ``sync/nik_keys.py``).

The hub takes an event's key only from the station that created the event (the event
row's author), keeps the first one it gets for good, and hands an event's key to any
enrolled, unrevoked station that asks (the request is signed; the answer goes over the
pinned TLS connection). The hub is the organizer's machine: the organizer may see NIKs.
Keys live in the hub's own ``nik_hash_key`` table, never in a synced row or a change.
"""

from __future__ import annotations

from typing import Any

from desktop_app.hub.service import HubError, HubService
from desktop_app.models import Event
from desktop_app.models.nik_keys import KeyOrigin, event_key, store_key
from desktop_app.models.sync_state import HubStation
from desktop_app.sync.nik_keys import MAX_ITEMS, key_item, parse_key_item


def exchange(service: HubService, station: HubStation, body: dict[str, Any]) -> dict[str, Any]:
    offers, wants = body.get("offer", []), body.get("want", [])
    if not isinstance(offers, list) or not isinstance(wants, list):
        raise HubError(400, "nik-keys needs lists 'offer' and 'want'")
    if len(offers) > MAX_ITEMS or len(wants) > MAX_ITEMS:
        raise HubError(413, f"at most {MAX_ITEMS} keys or events per request")
    parsed = [parse_key_item(item) for item in offers]
    if any(item is None for item in parsed) or not all(
        isinstance(e, str) and 1 <= len(e) <= 36 for e in wants
    ):
        raise HubError(400, "malformed key or event id")
    held: list[str] = []
    refused: list[dict[str, Any]] = []
    with service.transaction(ordered=False):
        for event_id, secret in (item for item in parsed if item is not None):
            event = Event.get_or_none(Event.id == event_id)
            if event is None:  # not pushed yet: offered again at the next sync
                refused.append({"event_id": event_id, "reason": "unknown event", "final": False})
            elif event.station_id != station.id:
                refused.append(
                    {"event_id": event_id, "reason": "not the event's author", "final": True}
                )
            elif store_key(event_id, secret, KeyOrigin.STATION) or event_key(event_id) == secret:
                held.append(event_id)
            else:  # the first key stays: hashes made under it must keep matching
                refused.append(
                    {"event_id": event_id, "reason": "the event has another key", "final": True}
                )
    keys = []
    for wanted in wants:
        known = event_key(wanted)
        if known is not None:
            keys.append(key_item(wanted, known))
    return {"held": held, "refused": refused, "keys": keys}
