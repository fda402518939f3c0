"""What the hub agrees to read from a request, and from whom, before it does any work.

- A signed request is checked from its headers (known, unrevoked station, fresh timestamp)
  before one byte of its body is read: a stranger cannot make the hub buffer anything.
- Bodies are read as a stream and refused (413) the moment they pass the cap; a declared
  Content-Length above the cap is refused before reading.
- Pairing attempts and failed authentications are counted per client address: after a
  burst the address waits (429, doubling each time) and the log gets one line per burst,
  not one per try.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request

from desktop_app.hub.service import HubError
from desktop_app.models.sync_state import HubStation
from desktop_app.sync.auth import TIMESTAMP_WINDOW_S, AuthError, parse_headers

log = logging.getLogger("ikrar.hub")

# On the wire (compressed). A push batch is ≤ 2 MB of JSON by protocol; gzip only shrinks it.
MAX_SIGNED_BODY_BYTES = 8 * 1024 * 1024
MAX_ENROLL_BODY_BYTES = 16 * 1024


async def read_body(request: Request, limit: int) -> bytes:
    """The body, read chunk by chunk; ``HubError(413)`` as soon as it passes ``limit``."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.strip().isdigit():
            raise HubError(400, "bad content-length")
        if int(declared) > limit:
            raise HubError(413, "body too large")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HubError(413, "body too large")
        chunks.append(chunk)
    return b"".join(chunks)


def check_auth_headers(headers: Any, now: float | None = None) -> None:
    """Everything about a signed request that needs no body (run before reading it)."""
    req = parse_headers(headers)
    current = now if now is not None else time.time()
    if abs(current - req.timestamp) > TIMESTAMP_WINDOW_S:
        raise AuthError(401, "timestamp outside the allowed window")
    station = HubStation.get_or_none(HubStation.id == req.station_id)
    if station is None:
        raise AuthError(401, "unknown station")
    if station.revoked_at is not None:
        raise AuthError(403, "station revoked")


def client_address(request: Request) -> str:
    return request.client.host if request.client is not None else "unknown"


@dataclass
class _Record:
    failures: list[float] = field(default_factory=list)
    blocked_until: float = 0.0
    backoff: float = 0.0
    unlogged: int = 0  # refusals in the current burst that were not logged one by one
    burst_logged_at: float = -1e9


@dataclass
class AttemptLimiter:
    """Failed attempts per client address, with backoff and one log line per burst."""

    what: str  # "pairing" or "authentication", for the log
    max_failures: int = 5
    window_s: float = 60.0
    first_backoff_s: float = 30.0
    max_backoff_s: float = 900.0
    max_addresses: int = 10_000  # a flood from many addresses cannot grow this without end
    clock: Any = time.monotonic
    _records: OrderedDict[str, _Record] = field(default_factory=OrderedDict)

    def _record(self, address: str) -> _Record:
        record = self._records.pop(address, None) or _Record()
        self._records[address] = record  # most recent last
        while len(self._records) > self.max_addresses:
            self._records.popitem(last=False)
        return record

    def check(self, address: str) -> None:
        """Raise ``HubError(429)`` while ``address`` is waiting out its backoff."""
        record = self._records.get(address)
        now = self.clock()
        if record is None or now >= record.blocked_until:
            return
        record.unlogged += 1
        wait = int(record.blocked_until - now) + 1
        error = HubError(429, f"too many failed {self.what} attempts", {"retry_after": wait})
        mark_logged(error)
        raise error

    def failed(self, address: str, reason: str) -> None:
        now = self.clock()
        record = self._record(address)
        record.failures = [t for t in record.failures if now - t < self.window_s] + [now]
        if now - record.burst_logged_at >= self.window_s:
            # A new burst: say what happened, including what the last one left unsaid.
            extra = f" ({record.unlogged} more in the previous burst)" if record.unlogged else ""
            log.warning("refused %s from %s: %s%s", self.what, address, reason, extra)
            record.burst_logged_at, record.unlogged = now, 0
        else:
            record.unlogged += 1
        if len(record.failures) >= self.max_failures:
            record.backoff = min(
                self.max_backoff_s, record.backoff * 2 if record.backoff else self.first_backoff_s
            )
            record.blocked_until = now + record.backoff
            record.failures.clear()
            log.warning(
                "%s from %s blocked for %.0f s after %d failed attempts",
                self.what,
                address,
                record.backoff,
                self.max_failures,
            )

    def succeeded(self, address: str) -> None:
        self._records.pop(address, None)


def mark_logged(exc: Exception) -> None:
    """The limiter already logged this refusal: the exception handler stays quiet."""
    setattr(exc, "ikrar_logged", True)  # noqa: B010


def already_logged(exc: Exception) -> bool:
    return bool(getattr(exc, "ikrar_logged", False))
