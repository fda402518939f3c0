"""Hybrid logical clock: orders edits across stations whose wall clocks disagree.

A timestamp is ``<physical ms, 13 digits>-<counter, 4 digits>-<station>`` so plain string
comparison gives the clock order, with the station id breaking exact ties deterministically.
"""

from __future__ import annotations

import threading
import time


class HybridLogicalClock:
    """Thread-safe HLC for one station."""

    def __init__(self, station_id: str = "") -> None:
        self.station_id = station_id
        self._physical = 0
        self._counter = 0
        self._lock = threading.Lock()

    def now(self) -> str:
        """A new timestamp strictly greater than every one issued or observed so far."""
        wall = int(time.time() * 1000)
        with self._lock:
            if wall > self._physical:
                self._physical, self._counter = wall, 0
            else:
                self._counter += 1
            return self._format()

    def observe(self, remote: str) -> None:
        """Move forward past a timestamp received from another station."""
        if not remote:
            return
        physical_text, counter_text, *_ = remote.split("-", 2)
        physical, counter = int(physical_text), int(counter_text)
        with self._lock:
            if (physical, counter) > (self._physical, self._counter):
                self._physical, self._counter = physical, counter

    def _format(self) -> str:
        return f"{self._physical:013d}-{self._counter:04d}-{self.station_id[:8]}"


clock = HybridLogicalClock()
