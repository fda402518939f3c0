"""The organizer's signed revocation lists, as the hub serves them with ``/api/stations``.

A station revoked on the hub (``ikrar hub revoke``, or ``ikrar root revoke`` on the hub's
data folder) goes on the hub root's signed list the next time the list is served, so every
station keeps that revocation even if the hub later says otherwise (a database put back, a
hub that lies): lists only grow. Lists of other roots kept on the hub's folder (``ikrar root
trust-revocations``) are served too; stations keep those from roots they trust.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop_app.hub.service import HubService
from desktop_app.models.sync_state import HubStation
from desktop_app.services.certificates.station_revocations import (
    lists_to_share,
    revoke_stations,
    revoked_by_list,
)

HUB_REASON = "dicabut di hub"


def served_lists(service: HubService) -> list[dict[str, Any]]:
    """Every list this hub keeps, its own brought up to date with its revoked stations."""
    if service.root is not None:
        revoked = {
            str(s.id): s.revoked_at
            for s in HubStation.select(HubStation.id, HubStation.revoked_at).where(
                HubStation.revoked_at.is_null(False)
            )
        }
        if set(revoked) - revoked_by_list().keys():
            with service.transaction():
                revoke_stations(service.root, {s: _when(t) for s, t in revoked.items()})
    return lists_to_share()


def _when(revoked_at: dt.datetime) -> tuple[dt.datetime, str]:
    when = revoked_at if revoked_at.tzinfo else revoked_at.replace(tzinfo=dt.UTC)
    return when, HUB_REASON
