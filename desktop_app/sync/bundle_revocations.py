"""The organizer's signed station revocation lists inside a bundle's manifest.

Every list the exporting folder keeps goes into the manifest (signed with it by the
station, and each list by its root), whichever way the bundle goes: desk to desk, desk to
the organizer, the organizer's laptop to a desk. The importing folder keeps those from roots
it trusts whose serial is higher than its own (``station_revocations.accept_list``); others
are logged and ignored, never a reason to refuse the rows.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from desktop_app.services.certificates.station_revocations import (
    accept_lists_quietly,
    lists_to_share,
)
from desktop_app.sync.bundle_limits import MAX_MANIFEST_BYTES

log = logging.getLogger("ikrar.sync")

MANIFEST_KEY = "revocations"


def for_manifest() -> dict[str, Any]:
    """``{"revocations": [...]}`` for the manifest, or nothing when none is kept or the
    lists would not leave the rest of the manifest room under its size limit."""
    lists = lists_to_share()
    if not lists:
        return {}
    size = len(json.dumps(lists, ensure_ascii=False, indent=1).encode("utf-8"))
    if size > MAX_MANIFEST_BYTES // 2:
        log.warning("revocation lists too large for a bundle manifest (%d bytes); left out", size)
        return {}
    return {MANIFEST_KEY: lists}


def keep_from_manifest(manifest: dict[str, Any], signer: str) -> int:
    """Keep the newer trusted lists a bundle brought; how many."""
    return accept_lists_quietly(manifest.get(MANIFEST_KEY), f"bundle from {signer}")
