"""A station's side of NIK hash keys (``POST /api/nik-keys``, ``models/nik_keys.py``).

After each pull, a station offers the hub the keys of the events it created that the hub
has not confirmed yet, and asks for the keys of the events it holds without one. Keys come
only in the answer of the hub this station is paired with (a signed request over the
pinned connection), and a key already held is never replaced. NIKs stored here before
their event's key arrived are hashed then; those rows sync as ordinary updates.

The same wire format serves the hub (``hub/nik_keys.py``) and sealed bundles
(``sync/bundle.py``): ``{"event_id": id, "key": base64}``.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from typing import Any, Protocol

import httpx

from desktop_app.models import Event, database_proxy, local_station
from desktop_app.models.fields import utcnow
from desktop_app.models.nik_keys import KeyOrigin, NikHashKey, store_key
from desktop_app.services.people.nik_lookup import fill_missing_hashes

log = logging.getLogger("ikrar.sync")

MAX_ITEMS = 1000  # event ids or keys in one request or answer
MIN_KEY_BYTES, MAX_KEY_BYTES = 32, 64  # random keys are 32 bytes, old derived ones 49


class SignedClient(Protocol):
    def request(
        self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> httpx.Response: ...


def key_item(event_id: str, secret: bytes) -> dict[str, str]:
    return {"event_id": event_id, "key": base64.b64encode(secret).decode("ascii")}


def parse_key_item(item: Any) -> tuple[str, bytes] | None:
    """``(event_id, key)`` from a wire item; None for anything malformed."""
    if not isinstance(item, dict):
        return None
    event_id, text = item.get("event_id"), item.get("key")
    if not isinstance(event_id, str) or not 1 <= len(event_id) <= 36 or not isinstance(text, str):
        return None
    if len(text) > 2 * MAX_KEY_BYTES:
        return None
    try:
        secret = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, ValueError):
        return None
    if not MIN_KEY_BYTES <= len(secret) <= MAX_KEY_BYTES:
        return None
    return event_id, secret


def own_event_keys(event_ids: list[str] | None = None) -> list[tuple[str, bytes]]:
    """Keys of the events this station created (the only keys it ever hands on)."""
    me = local_station().id
    query = (
        NikHashKey.select(NikHashKey.event_id, NikHashKey.secret)
        .join(Event, on=(Event.id == NikHashKey.event_id))
        .where(Event.station_id == me)
    )
    if event_ids is not None:
        query = query.where(NikHashKey.event_id.in_(event_ids))
    return [(str(row.event_id), bytes(row.secret)) for row in query]


def keys_to_offer() -> list[tuple[str, bytes]]:
    """Own events' keys the hub has not confirmed holding."""
    unconfirmed = [
        str(row.event_id) for row in NikHashKey.select().where(NikHashKey.offered_at.is_null())
    ]
    return own_event_keys(unconfirmed)[:MAX_ITEMS] if unconfirmed else []


def offer_again() -> None:
    """Forget which keys the hub confirmed (this station pairs with another hub)."""
    NikHashKey.update(offered_at=None).execute()


def events_without_key() -> list[str]:
    """Events held here whose key has not arrived."""
    query = (
        Event.select(Event.id)
        .where(Event.id.not_in(NikHashKey.select(NikHashKey.event_id)))
        .limit(MAX_ITEMS)
    )
    return [str(row.id) for row in query]


def accept_keys(items: Any, origin: KeyOrigin) -> list[str]:
    """Store keys received from a trusted source (never replacing one); then hash the NIKs
    that waited for them. Returns the events whose key was stored now."""
    if not isinstance(items, list):
        return []
    stored: list[str] = []
    with database_proxy.atomic():
        for item in items[:MAX_ITEMS]:
            parsed = parse_key_item(item)
            if parsed is None:
                log.warning("ignored a malformed NIK hash key")
                continue
            if store_key(*parsed, origin):
                stored.append(parsed[0])
        for event_id in stored:
            fill_missing_hashes(event_id)
    return stored


def exchange_keys(client: SignedClient) -> int:
    """Offer own events' keys and fetch missing ones from the hub (no request when there
    is nothing to say). Returns how many keys were received."""
    offer, want = keys_to_offer(), events_without_key()
    if not offer and not want:
        return 0
    body = json.dumps(
        {"offer": [key_item(e, k) for e, k in offer], "want": want}, separators=(",", ":")
    ).encode("utf-8")
    response = client.request("POST", "/api/nik-keys", body, {"Content-Type": "application/json"})
    if response.status_code != 200:
        log.warning("hub did not exchange NIK hash keys (HTTP %s)", response.status_code)
        return 0
    try:
        data = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        data = None
    if not isinstance(data, dict):
        log.warning("unreadable NIK hash key answer from the hub")
        return 0
    offered = {event_id for event_id, _ in offer}
    settled = {str(e) for e in data.get("held") or [] if e in offered}
    for refusal in data.get("refused") or []:
        if isinstance(refusal, dict) and refusal.get("event_id") in offered:
            log.warning(
                "hub refused the NIK hash key of event %s: %s",
                refusal.get("event_id"),
                refusal.get("reason"),
            )
            if refusal.get("final"):
                settled.add(str(refusal["event_id"]))  # asking again would not change it
    received = accept_keys(data.get("keys"), KeyOrigin.HUB)
    if settled:
        NikHashKey.update(offered_at=utcnow()).where(
            NikHashKey.event_id.in_(sorted(settled))
        ).execute()
    return len(received)


# -- bundles sealed to the organizer --------------------------------------------------

BUNDLE_ITEM = "nik_hash_key"  # a line of a sealed bundle's rows that is a key, not a row


def bundle_key_lines(event_id: str) -> list[bytes]:
    """The line carrying this event's key, when this station created the event (only ever
    written into rows sealed to the organizer, never into a plain or password bundle)."""
    return [
        json.dumps({BUNDLE_ITEM: key_item(e, k)}, separators=(",", ":")).encode("utf-8")
        for e, k in own_event_keys([event_id])
    ]


def accept_bundle_keys(items: list[Any], event_id: str, signer_id: str) -> list[str]:
    """Keys from an opened sealed bundle: only the bundle's event's, and only when the
    bundle's signer created that event (call after its rows are applied)."""
    event = Event.get_or_none(Event.id == event_id)
    if event is None or event.station_id != signer_id:
        if items:
            log.warning("bundle carries a NIK hash key its signer may not give; ignored")
        return []
    mine = [item for item in items if isinstance(item, dict) and item.get("event_id") == event_id]
    return accept_keys(mine, KeyOrigin.BUNDLE)
