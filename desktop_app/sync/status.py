"""What the station knows about its sync: for the CLI, the Sinkronisasi page and status bar."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from desktop_app.models import Setting
from desktop_app.sync import client


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    hub_url: str
    pending: int
    state: str
    last_success: str  # ISO UTC or ""
    last_error: str
    auto: bool

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

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
            f"Status: {self.state or '-'}",
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
    return SyncStatus(
        enrolled=client.is_enrolled(),
        hub_url=Setting.get_value(client.KEY_URL),
        pending=client.pending_count(),
        state=Setting.get_value(client.KEY_STATE),
        last_success=Setting.get_value(client.KEY_LAST_SUCCESS),
        last_error=Setting.get_value(client.KEY_LAST_ERROR),
        auto=Setting.get_value(client.KEY_ENABLED) == "1",
    )
