"""Read a workbook in a short-lived worker process, so a native crash stays there.

calamine is Rust: a panic becomes an exception, but a failed allocation or a stack
overflow aborts the whole process — in the GUI, the whole app with unsaved input. The
worker is spawned (never forked: the GUI has threads), capped in memory where the OS
allows it, and killed when it overruns the time limit. Its death becomes one clear
message; the caller's process goes on.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import sys
import tempfile
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from desktop_app.services.common.errors import UserError
from desktop_app.services.registration.sheet_data import SheetData
from desktop_app.services.registration.spreadsheet_limits import (
    ReadLimits,
    reader_failed,
    too_slow,
)

log = logging.getLogger("ikrar.import")

# A little longer than the reader's own deadline, so its message normally wins.
KILL_GRACE_S = 5.0


def _cap_memory(limit: int) -> None:
    if sys.platform == "win32":
        return
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _quiet_stderr(target: str) -> None:
    """Native crash reports (a Rust backtrace) go to a file the parent logs, not to the
    terminal: the CLI promises one line on stderr."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(fd, 2)
    os.close(fd)


def _worker(
    conn: Connection, path: str, sheet: str | None, limits: ReadLimits, stderr: str
) -> None:
    try:
        _quiet_stderr(stderr)
        _cap_memory(limits.worker_memory_bytes)
        from desktop_app.services.registration.workbook_reader import read_workbook

        result: tuple[str, Any] = ("ok", read_workbook(Path(path), sheet, limits))
    except UserError as exc:
        result = ("error", exc)
    except MemoryError:
        result = ("crash", "MemoryError")
    except BaseException as exc:  # anything else: a clear message, the details in the log
        result = ("crash", f"{type(exc).__name__}: {exc}")
    try:
        conn.send(result)
    except MemoryError:
        conn.send(("crash", "MemoryError while sending rows"))
    conn.close()


def read_workbook_isolated(path: Path, sheet: str | None, limits: ReadLimits) -> SheetData:
    """``read_workbook`` in a spawned worker; its crash or hang raises ``UserError``."""
    ctx = multiprocessing.get_context("spawn")
    receiver, sender = ctx.Pipe(duplex=False)
    handle, stderr = tempfile.mkstemp(prefix="ikrar-reader-", suffix=".txt")
    os.close(handle)
    process = ctx.Process(
        target=_worker,
        args=(sender, str(path), sheet, limits, stderr),
        name="ikrar-read-workbook",
    )
    process.daemon = True
    process.start()
    sender.close()
    try:
        if not receiver.poll(limits.max_seconds + KILL_GRACE_S):
            log.warning("workbook reader for %s overran %.0f s; killed", path, limits.max_seconds)
            raise too_slow(limits)
        try:
            status, payload = receiver.recv()
        except (EOFError, OSError):
            process.join(5)
            log.error(
                "workbook reader for %s died (exit code %s): %s",
                path,
                process.exitcode,
                _tail(stderr),
            )
            raise reader_failed(path.name) from None
    finally:
        receiver.close()
        process.join(2)
        if process.is_alive():
            process.kill()
            process.join(5)
        with contextlib.suppress(OSError):  # Windows: still open by a dying worker
            Path(stderr).unlink(missing_ok=True)
    if status == "ok":
        return payload
    if status == "error":
        raise payload
    log.error("workbook reader for %s failed: %s", path, payload)
    raise reader_failed(path.name)


def _tail(stderr: str) -> str:
    try:
        return Path(stderr).read_text(encoding="utf-8", errors="replace")[:2000].strip()
    except OSError:
        return ""
