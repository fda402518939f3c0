"""A hub started by the window (``ui/sync/hub_runner.py``) ends when the window's process
ends, even if it dies without stopping it: otherwise an orphan hub would keep port 8765 and
the next "Jadikan laptop ini hub" would fail.

Two watches, because neither alone covers every system:

* ``IKRAR_STOP_ON_STDIN_EOF=1``: the window keeps a pipe to the hub's standard input (QProcess
  does); when the window's process ends, however it ends, the system closes that pipe and the
  read here returns end-of-file. This works on Windows too, which keeps a dead parent's id.
* ``IKRAR_STOP_WITH_PARENT=<pid>``: on POSIX an orphan is re-parented, so a ``getppid`` that
  changed means the window is gone.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time

log = logging.getLogger("ikrar.hub")
ENV_PARENT = "IKRAR_STOP_WITH_PARENT"
ENV_STDIN = "IKRAR_STOP_ON_STDIN_EOF"


def stop_with_parent() -> None:
    """When started by the window, exit as soon as the window's process is gone."""
    if os.environ.get(ENV_STDIN) == "1" and sys.stdin is not None:
        threading.Thread(target=_exit_at_stdin_eof, name="stdin-watch", daemon=True).start()
    expected = os.environ.get(ENV_PARENT, "")
    if not expected.isdigit() or os.name != "posix":
        return
    parent = int(expected)

    def watch() -> None:
        while True:
            if os.getppid() != parent:
                log.warning("the window that started this hub is gone; stopping")
                os._exit(0)
            time.sleep(1.0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _exit_at_stdin_eof() -> None:
    descriptor = sys.stdin.fileno()
    while os.read(descriptor, 4096):  # the window writes nothing more; anything read is ignored
        pass
    log.warning("the window that started this hub is gone (its pipe closed); stopping")
    os._exit(0)
