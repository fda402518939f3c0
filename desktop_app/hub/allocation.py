"""The hub hands out certificate number blocks (``POST /api/number-block``).

A station asks for the event it works on; the hub allocates from the range the event's
organizer handed to it (``numbering.allocate_block`` rules, ``allocate_hub_block``) inside
one write transaction that holds the hub-wide lock, so two workers never hand out
overlapping ranges. The new block (authored by the hub) is returned to the asking station
at once and stored as a ``hub_change`` every other station pulls.
"""

from __future__ import annotations

from typing import Any

from desktop_app.hub.service import HubError, HubService
from desktop_app.models import Change, Event
from desktop_app.models.base import row_payload
from desktop_app.models.fields import utcnow
from desktop_app.models.sync_state import HubChange, HubStation
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
        if new:
            _relay(block, station.id)
    return {"block": row_payload(block), "new": new}


def _relay(block: Any, holder: str) -> None:
    """Store the hub's own row as a change the other stations pull.

    It is filed under the holder (``station_id``), so the holder's pulls skip it (it has the
    block from the answer), with a negative ``seq`` (minus the hub's own outbox seq): pushed
    changes keep the positive numbers of the stations' outboxes.
    """
    change = (
        Change.select()
        .where((Change.table_name == block._meta.table_name) & (Change.row_id == block.id))
        .order_by(Change.seq.desc())
        .get()
    )
    HubChange.insert(
        station_id=holder,
        seq=-change.seq,
        table_name=change.table_name,
        row_id=change.row_id,
        hlc=change.hlc,
        payload=change.payload,
        received_at=utcnow(),
    ).execute()
