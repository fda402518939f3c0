"""The one way GUI code runs work off the GUI thread, and the one way it writes.

``run_task(fn, on_done, owner=widget)`` runs ``fn`` on the global ``QThreadPool``: reads,
renders, decoding, network. ``run_write(fn, on_done, owner=widget)`` runs ``fn`` on the
single database writer thread: every write the GUI starts (check-in, signature, event,
texts, revocation, settings) runs there one at a time in the order asked, never on the
GUI thread, so writes neither freeze the window nor race each other (Anki's ``taskman``
serialises collection work the same way). ``fn`` returns after its transaction committed
(SQLite ``synchronous=FULL``), so ``on_done`` may say "saved".

Both call ``on_done(result, error)`` back on the GUI thread, and only while ``owner``
exists: a page or dialog closed meanwhile gets nothing, and its task is asked to cancel.
``fn`` must not touch widgets. Progress: ``fn`` may accept ``progress`` (a callable taking
done, total) and poll ``cancelled()``; both are passed when ``on_progress`` is given.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger("ikrar.tasks")

Done = Callable[[Any, BaseException | None], None]
ProgressCallback = Callable[[int, int], None]


class _Signals(QObject):
    done = Signal(object, object)
    progress = Signal(int, int)


class TaskHandle:
    """Lets the GUI cancel a running task; ``fn`` sees it through ``cancelled()``."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._finished = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def finished(self) -> bool:
        """True once ``on_done`` ran (or was dropped because the owner was gone)."""
        return self._finished.is_set()


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
_writer: QThreadPool | None = None


def writer_pool() -> QThreadPool:
    """The single thread that runs every database write the GUI starts."""
    global _writer
    if _writer is None:
        _writer = QThreadPool()
        _writer.setObjectName("ikrar-writer")
        _writer.setMaxThreadCount(1)  # one writer: writes run in order, never together
    return _writer


def wait_for_writes(msecs: int = 30_000) -> bool:
    """Block until queued writes are on disk (window closing, app exit); False on timeout."""
    return _writer is None or _writer.waitForDone(msecs)


def _start(
    pool: QThreadPool,
    fn: Callable[..., Any],
    on_done: Done,
    owner: QObject,
    on_progress: ProgressCallback | None,
    cancel_with_owner: bool,
) -> TaskHandle:
    handle = TaskHandle()
    signals = _Signals()
    _alive.add(signals)  # keep the QObject alive until the task reports back
    # A closed owner cancels its (read) task; the connection goes when the task reports
    # back, so a page that runs thousands of tasks a day does not pile up connections.
    connection = owner.destroyed.connect(handle.cancel) if cancel_with_owner else None

    @Slot(object, object)
    def finish(result: Any, error: Any) -> None:
        _alive.discard(signals)
        signals.deleteLater()
        handle._finished.set()
        if not shiboken6.isValid(owner):
            return  # the owner was closed while the task ran: nobody to tell
        if connection is not None:
            QObject.disconnect(connection)
        on_done(result, error)

    signals.done.connect(finish)
    call: Callable[[], Any] = fn
    if on_progress is not None:
        progress_callback = on_progress

        @Slot(int, int)
        def report(done: int, total: int) -> None:
            if shiboken6.isValid(owner):
                progress_callback(done, total)

        signals.progress.connect(report)

        def call() -> Any:
            return fn(progress=signals.progress.emit, cancelled=handle.cancelled)

    pool.start(_Runnable(call, signals))
    return handle


def run_task(
    fn: Callable[..., Any],
    on_done: Done,
    *,
    owner: QObject,
    on_progress: ProgressCallback | None = None,
    pool: QThreadPool | None = None,
) -> TaskHandle:
    """Run read-only or slow work in the background; ``on_done(result, error)`` runs on
    the GUI thread while ``owner`` exists."""
    return _start(pool or QThreadPool.globalInstance(), fn, on_done, owner, on_progress, True)


def run_write(
    fn: Callable[..., Any],
    on_done: Done | None = None,
    *,
    owner: QObject,
    on_progress: ProgressCallback | None = None,
) -> TaskHandle:
    """Run a database write on the single writer thread, after the writes asked before
    it; ``on_done`` runs once it committed. A write is not cancelled when ``owner``
    closes: only its report is dropped, never what the user did."""
    return _start(writer_pool(), fn, on_done or _ignore, owner, on_progress, False)


def _ignore(_result: Any, _error: BaseException | None) -> None:
    """Fire-and-forget writes: failures are already logged by the worker."""
