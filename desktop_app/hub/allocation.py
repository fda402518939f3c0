"""The hub hands out certificate number blocks (``POST /api/number-block``).

A station asks for the event it works on; the hub allocates from the range the event's
organizer handed to it (``numbering.allocate_hub_block``) inside one write transaction that
holds the hub-wide lock, so two workers never hand out overlapping ranges. The block is
stored on the hub at once (the next allocation starts after it) and returned; the station
stores it in its outbox and pushes it, which is how every other station learns it.
"""

from __future__ import annotations

from typing import Any

from desktop_app.hub.service import HubError, HubService
from desktop_app.models import Event
from desktop_app.models.base import row_payload
from desktop_app.models.sync_state import HubStation
from desktop_app.services.certificates import numbering


def number_block(service: HubService, station: HubStation, body: dict[str, Any]) -> dict[str, Any]:
    event_id = body.get("event_id")
    size = body.get("size", numbering.BLOCK_SIZE)
    if not isinstance(event_id, str) or not isinstance(size, int) or not 1 <= size <= 1000:
        raise HubError(400, "number-block needs text 'event_id' and 1 <= 'size' <= 1000")
    with service.transaction():
        event = Event.get_or_none(Event.id == event_id)
        if event is None:
            raise HubError(404, "unknown event")
        allocated = numbering.allocate_hub_block(event, station.id, station.name, size)
        if allocated is None:
            raise HubError(409, "the event's numbers are not handed to this hub")
        block, new = allocated
    return {"block": row_payload(block), "new": new}
