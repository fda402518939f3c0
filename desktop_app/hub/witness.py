"""The hub as witness of every station's signed evidence chain.

Links are author-only, append-only rows (sync/authorship.py), so the hub's copy of a
station's chain only grows: its head is the highest the hub has seen. A station that
later shows fewer links, or other links at the same place, was truncated or rewritten.
"""

from __future__ import annotations

from typing import Any

from desktop_app.services.signing.evidence_chain import chain_heads


def witnessed_heads() -> dict[str, Any]:
    """``{station_id: {"count": n, "head": link_hash}}`` for every chain the hub holds."""
    return {
        station: {"count": head.count, "head": head.head_hash}
        for station, head in chain_heads().items()
    }
