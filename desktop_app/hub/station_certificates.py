"""Root certificates of stations enrolled before the hub kept them (migration 130).

From version 130 the hub stores the organizer root's certificate of a station key when the
station enrols, and ``/api/stations`` lists it; stations believe a listed key only with it.
Stations enrolled earlier get theirs once, when the hub starts with its root.
"""

from __future__ import annotations

import logging

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.models import database_proxy
from desktop_app.models.sync_state import HubStation
from desktop_app.services.certificates.organizer_root import certify_station

log = logging.getLogger("ikrar.hub")


def certify_enrolled_stations(root: Ed25519PrivateKey) -> int:
    """Certify enrolled stations that have no stored certificate yet; how many."""
    missing = list(HubStation.select().where(HubStation.root_certificate == ""))
    with database_proxy.atomic():
        for station in missing:
            certificate = certify_station(root, station.id, bytes(station.public_key))
            HubStation.update(root_certificate=certificate).where(
                (HubStation.id == station.id) & (HubStation.root_certificate == "")
            ).execute()
    if missing:
        log.info("certified %d stations enrolled before the hub kept certificates", len(missing))
    return len(missing)
