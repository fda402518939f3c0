"""Which enrolled station keys the hub believes: only those its organizer root certified.

The hub certifies a station's key with its organizer root when the station enrols (and
when the organizer re-keys it, ``ikrar hub pair --rekey``) and keeps the certificate beside
the key (``hub_station.root_certificate``, migration 130). It authenticates requests and
checks row seals only with a key whose certificate verifies against the root in its keys
folder, so a key changed in the database alone (a PostgreSQL server apart from the hub, a
SQLite file edited or put back) is refused with 401.

Stations enrolled before the hub kept certificates get theirs once, the first time the hub
starts with its root: that one pass is recorded by a marker file in the keys folder (beside
the root, out of reach of someone who can only write the database), so blanking a
certificate in the database later never makes the hub certify whatever key is there.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.models import database_proxy
from desktop_app.models.sync_state import HubStation
from desktop_app.services.certificates.organizer_root import certify_station, root_certifies
from desktop_app.services.common.hashing import key_fingerprint
from desktop_app.services.common.station_key import public_bytes

log = logging.getLogger("ikrar.hub")

# Written once the stations enrolled before certificates were kept have theirs.
UPGRADE_MARKER = "root_certified_stations.done"


def certify_enrolled_stations(root: Ed25519PrivateKey, keys_dir: Path) -> int:
    """Certify, once per keys folder, the enrolled stations that have no certificate yet
    (an upgrade from before migration 130); how many. Later blanks stay uncertified."""
    marker = keys_dir / UPGRADE_MARKER
    if marker.exists():
        blank = HubStation.select().where(HubStation.root_certificate == "").count()
        if blank:
            log.warning(
                "%d enrolled stations have no organizer root certificate: their requests "
                "are refused until the organizer re-keys them (ikrar hub pair --rekey)",
                blank,
            )
        return 0
    missing = list(HubStation.select().where(HubStation.root_certificate == ""))
    with database_proxy.atomic():
        for station in missing:
            public = bytes(station.public_key)
            certificate = certify_station(root, station.id, public)
            HubStation.update(root_certificate=certificate).where(
                (HubStation.id == station.id) & (HubStation.root_certificate == "")
            ).execute()
            log.info(
                "certified station %s (%s), key %s, enrolled before the hub kept certificates",
                station.id,
                station.name,
                key_fingerprint(public),
            )
    tmp = marker.with_name(f"{marker.name}.{os.getpid()}.tmp")  # workers start side by side
    tmp.write_text(f"{len(missing)} stations certified at upgrade\n", encoding="utf-8")
    tmp.replace(marker)
    return len(missing)


class CertifiedKeys:
    """Enrolled station keys checked against the hub's root (cached per stored value)."""

    def __init__(self, root: Ed25519PrivateKey | None) -> None:
        self.root_public = public_bytes(root) if root is not None else None
        self._checked: dict[tuple[str, bytes, str], bool] = {}

    def holds(self, station_id: str, public: bytes, certificate: str) -> bool:
        """Whether the root certified ``public`` for ``station_id`` (always, without root)."""
        if self.root_public is None:
            return True
        probe = (station_id, public, certificate)
        known = self._checked.get(probe)
        if known is None:
            known = root_certifies([self.root_public], station_id, public, certificate)
            if len(self._checked) > 10_000:
                self._checked.clear()
            self._checked[probe] = known
        return known

    def of(self, station: HubStation) -> bool:
        return self.holds(station.id, bytes(station.public_key), str(station.root_certificate))

    def writers(self) -> dict[str, bytes]:
        """Public keys of the stations allowed to write: enrolled, not revoked, certified."""
        query = HubStation.select(
            HubStation.id, HubStation.public_key, HubStation.root_certificate
        ).where(HubStation.revoked_at.is_null())
        # An uncertified station never gets this far itself (authenticate answers 401); rows
        # of it relayed by others are refused for want of a key, and logged as refusals.
        return {s.id: bytes(s.public_key) for s in query if self.of(s)}
