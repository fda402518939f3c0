"""A hub started by the window (``ui/sync/hub_runner.py``) ends when the window's process
ends, even if it dies without stopping it: otherwise an orphan hub would keep port 8765 and
the next "Jadikan laptop ini hub" would fail.

The window sets ``IKRAR_STOP_WITH_PARENT`` to its process id; a daemon thread here checks
once a second that this process's parent is still that process (on POSIX an orphan is
re-parented, so ``getppid`` changes). Windows keeps the original parent id, so there the
window's own stop (``aboutToQuit``) is what ends the hub.
"""

from __future__ import annotations

import logging
import os
import threading
import time

log = logging.getLogger("ikrar.hub")
ENV_PARENT = "IKRAR_STOP_WITH_PARENT"


def stop_with_parent() -> None:
    """When started by the window, exit as soon as the window's process is gone."""
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
