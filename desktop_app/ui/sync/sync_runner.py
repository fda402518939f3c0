"""Runs sync in the background for one main window, with exponential backoff.

One ``SyncRunner`` per ``AppContext`` (``sync_runner(ctx)``), so background sync keeps
going whether or not the Sinkronisasi page was ever opened: the main window calls
``start_background_sync(ctx)`` at start-up; the page only shows and controls it.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.services.common.errors import UserError
from desktop_app.services.common.settings import SYNC_AUTO
from desktop_app.ui.context import AppContext
from desktop_app.ui.messages import error_text, message_text, unexpected_error
from desktop_app.ui.tasks import run_task, run_write

log = logging.getLogger("ikrar.sync")

BASE_INTERVAL_MS = 30_000
MAX_INTERVAL_MS = 10 * 60_000


def backoff_interval(
    failures: int, base_ms: int = BASE_INTERVAL_MS, max_ms: int = MAX_INTERVAL_MS
) -> int:
    """Wait before the next background attempt: doubles per failure, capped."""
    return int(min(max_ms, base_ms * (2 ** min(failures, 16))))


class SyncRunner(QObject):
    """``sync_now()`` on demand; with auto on, again after 30 s (doubling after failures)."""

    busy_changed = Signal(bool)
    finished = Signal(object, object)  # (SyncReport | None, error | None)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.busy = False
        self.failures = 0
        self.base_interval_ms = BASE_INTERVAL_MS
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._tick)
        self._auto = SYNC_AUTO.get()
        ctx.data_changed.connect(self._on_data_changed)

    def _on_data_changed(self, topic: str) -> None:
        # A page that needs the hub to know a change now (a phone link after a check-in).
        if topic == "sync_request" and not self.busy:
            self._tick()

    @property
    def auto(self) -> bool:
        return self._auto

    def set_auto(self, on: bool) -> None:
        if on != self._auto:
            self._auto = on
            run_write(lambda: SYNC_AUTO.set(on), owner=self)
        self.failures = 0
        self._schedule(immediately=on)

    def next_attempt_ms(self) -> int:
        """The pending timer's interval, or -1 when nothing is scheduled."""
        return self.timer.interval() if self.timer.isActive() else -1

    def sync_now(self) -> bool:
        """Start one sync in the background; False if one is already running."""
        if self.busy:
            return False
        from desktop_app.sync.client import record_running, sync_once

        home = self.ctx.home
        self.busy = True
        self.busy_changed.emit(True)
        self.ctx.status_message.emit(self.tr("Menyinkronkan dengan hub…"))

        def started(_result: Any, _error: BaseException | None) -> None:
            # The "syncing" state is stored before sync starts, so sync's own final
            # state can never be overwritten by it.
            self.ctx.notify("sync")
            run_task(lambda: sync_once(home), self._done, owner=self)

        run_write(record_running, started, owner=self)
        return True

    def _done(self, report: Any, error: BaseException | None) -> None:
        from desktop_app.sync.client import record_outcome

        if error is not None and not isinstance(error, UserError):
            # sync_once records its own errors; an unexpected one is stored here first.
            outcome = unexpected_error(error)
            run_write(
                lambda: record_outcome(outcome),
                lambda _r, _e: self._finish(report, error),
                owner=self,
            )
            return
        self._finish(report, error)

    def _finish(self, report: Any, error: BaseException | None) -> None:
        self.busy = False
        if error is not None:
            self.failures += 1
            self.ctx.status_message.emit(error_text(error))
        else:
            self.failures = 0
            self.ctx.status_message.emit(message_text(report.summary_message()))
            if report.applied:
                for topic in ("attendees", "checkins", "signatures", "certificates"):
                    self.ctx.notify(topic)
        self.ctx.notify("sync")
        self.busy_changed.emit(False)
        self.finished.emit(report, error)
        self._schedule()

    def _schedule(self, immediately: bool = False) -> None:
        self.timer.stop()
        if self.auto:
            self.timer.start(
                0 if immediately else backoff_interval(self.failures, self.base_interval_ms)
            )

    def _tick(self) -> None:
        from desktop_app.sync.client import is_enrolled

        if is_enrolled():
            self.sync_now()


def sync_runner(ctx: AppContext) -> SyncRunner:
    """The runner of this window (created on first use)."""
    runner = getattr(ctx, "_sync_runner", None)
    if runner is None:
        runner = SyncRunner(ctx)
        ctx._sync_runner = runner  # type: ignore[attr-defined]
    return runner


def start_background_sync(ctx: AppContext) -> SyncRunner:
    """Call once at start-up: resumes background sync if the user had turned it on."""
    runner = sync_runner(ctx)
    if runner.auto:
        runner.set_auto(True)
    return runner
