"""The one way to run slow work off the GUI thread.

``run_task(fn, on_done)`` runs ``fn`` on the global ``QThreadPool`` and calls
``on_done(result, error)`` back on the GUI thread. ``fn`` must not touch widgets.
Progress: ``fn`` may accept a ``progress`` keyword (a callable taking done, total) and
poll ``cancelled()``; both are wired when ``on_progress`` is given.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger("ikrar.tasks")


class _Signals(QObject):
    done = Signal(object, object)
    progress = Signal(int, int)


class TaskHandle:
    """Lets the GUI cancel a running task; ``fn`` sees it through ``cancelled()``."""

    def __init__(self) -> None:
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals

    def run(self) -> None:
        try:
            result, error = self.fn(), None
        except Exception as exc:  # delivered to on_done; logged with traceback here
            log.exception("background task failed")
            result, error = None, exc
        finally:
            from desktop_app.models import close_db

            close_db()  # each pool thread has its own SQLite connection
        self.signals.done.emit(result, error)


_alive: set[_Signals] = set()


def run_task(
    fn: Callable[..., Any],
    on_done: Callable[[Any, BaseException | None], None],
    on_progress: Callable[[int, int], None] | None = None,
    pool: QThreadPool | None = None,
) -> TaskHandle:
    """Run ``fn`` in the background; ``on_done(result, error)`` runs on the GUI thread."""
    handle = TaskHandle()
    signals = _Signals()
    _alive.add(signals)  # keep the QObject alive until the task reports back

    @Slot(object, object)
    def finish(result: Any, error: Any) -> None:
        _alive.discard(signals)
        signals.deleteLater()
        on_done(result, error)

    signals.done.connect(finish)
    call: Callable[[], Any] = fn
    if on_progress is not None:
        signals.progress.connect(on_progress)

        def call() -> Any:
            return fn(progress=signals.progress.emit, cancelled=handle.cancelled)

    (pool or QThreadPool.globalInstance()).start(_Runnable(call, signals))
    return handle
