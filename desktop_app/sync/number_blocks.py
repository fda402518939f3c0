"""Certificate number blocks from the hub, station side (part of every sync).

Before pushing, the organizer's laptop hands the rest of its events' numbers to the hub
(``numbering.hand_over_to_hub``; the hand-over goes out with that push). After pulling, a
station asks the hub for a block for every event whose numbers the hub hands out and in
which it holds fewer than ``numbering.LOW_WATER`` free numbers: at its first sync after
pairing, and whenever it runs low. The block is stored at once, as this station's own row
(it is pushed right after, so the other stations learn it through the hub), and the
station can go offline right after and still print plain numbers no other station prints.
Offline stations keep the local rules (``numbering``).
"""

from __future__ import annotations

import json
import logging
from typing import Any

from peewee import IntegrityError

from desktop_app.models import CertificateNumberBlock, Event, database_proxy, local_station
from desktop_app.models.base import record_change
from desktop_app.services.certificates import numbering
from desktop_app.sync.apply import apply_rows

log = logging.getLogger("ikrar.sync")


def hand_over_events() -> int:
    """Hand every event this station allocates for to the hub; how many were handed."""
    station = local_station()
    handed = 0
    for event in Event.select().where(Event.station_id == station.id):
        if numbering.hand_over_to_hub(event) is not None:
            handed += 1
    return handed


def events_needing_blocks() -> list[Event]:
    station = local_station()
    return [
        event
        for event in Event.select().where(Event.archived == False)  # noqa: E712
        if numbering.handover_block(event) is not None
        and numbering.free_numbers(event, station) < numbering.LOW_WATER
    ]


def request_blocks(client: Any) -> int:
    """Ask the hub for the blocks this station needs; how many new blocks it stored."""
    stored = 0
    for event in events_needing_blocks():
        body = json.dumps({"event_id": event.id}).encode("utf-8")
        response = client.request(
            "POST", "/api/number-block", body, {"content-type": "application/json"}
        )
        if response.status_code != 200:
            # 409: the organizer's laptop has not handed this event's numbers over yet.
            log.info("no number block for event %s: HTTP %s", event.code, response.status_code)
            continue
        try:
            payload = response.json()["block"]
            with database_proxy.atomic():
                result = apply_rows([("certificate_number_block", payload)], record_conflicts=False)
                if result.inserted:
                    # This station's own row from now on: pushed, so the others learn it.
                    record_change(CertificateNumberBlock.get_by_id(payload["id"]))
        except (ValueError, KeyError, TypeError, IntegrityError):  # RowError is a ValueError
            # The data already synced; without a block this station numbers as offline.
            log.exception("unusable number block from the hub for event %s", event.code)
            continue
        stored += result.inserted
    return stored
