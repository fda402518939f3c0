"""What the station knows about its sync: for the CLI, the Sinkronisasi page and status bar."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desktop_app.services.common import settings
from desktop_app.services.common.messages import Message
from desktop_app.services.common.settings import SyncState
from desktop_app.sync import client


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    hub_url: str
    pending: int
    state: SyncState | None
    last_success: str  # ISO UTC or ""
    last_error: Message | None
    auto: bool

    def as_dict(self) -> dict[str, Any]:
        """For ``ikrar sync --status --json``: ``state`` is the Indonesian label (as it always
        was), ``state_code`` the code; ``last_error`` the Indonesian message."""
        return {
            "enrolled": self.enrolled,
            "hub_url": self.hub_url,
            "pending": self.pending,
            "state": self.state.label if self.state else "",
            "state_code": self.state.value if self.state else "",
            "last_success": self.last_success,
            "last_error": str(self.last_error) if self.last_error else "",
            "auto": self.auto,
        }

    def last_success_local(self, tz_name: str = "") -> str:
        """Last success as local time with its zone name, or "belum pernah"."""
        if not self.last_success:
            return "belum pernah"
        from desktop_app.services.common.localtime import format_datetime

        instant = dt.datetime.fromisoformat(self.last_success)
        return str(format_datetime(instant, tz_name or _machine_zone()))

    def describe(self) -> str:
        if not self.enrolled:
            return "Belum terdaftar di hub. Daftarkan dengan 'ikrar enroll ALAMAT KODE'."
        lines = [
            f"Hub: {self.hub_url}",
            f"Perubahan belum terkirim: {self.pending}",
            f"Status: {self.state.label if self.state else '-'}",
            f"Terakhir berhasil: {self.last_success_local()}",
        ]
        if self.last_error:
            lines.append(f"Kesalahan terakhir: {self.last_error}")
        return "\n".join(lines)


def _machine_zone() -> str:
    offset = dt.datetime.now().astimezone().utcoffset()
    hours = int(offset.total_seconds() // 3600) if offset else 7
    return {8: "Asia/Makassar", 9: "Asia/Jayapura"}.get(hours, "Asia/Jakarta")


def sync_status() -> SyncStatus:
    """Read the station's sync state (cheap: a few settings and one count)."""
    last_success = settings.SYNC_LAST_SUCCESS.get()
    return SyncStatus(
        enrolled=client.is_enrolled(),
        hub_url=settings.HUB_URL.get(),
        pending=client.pending_count(),
        state=settings.SYNC_STATE.get(),
        last_success=settings.SYNC_LAST_SUCCESS.encode(last_success),
        last_error=settings.SYNC_LAST_ERROR.get(),
        auto=settings.SYNC_AUTO.get(),
    )
