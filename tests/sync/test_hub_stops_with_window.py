"""A hub started by the window never outlives it, even when the window's process is killed."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.sync.harness import free_port

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow

# Stands in for the window: starts the hub as hub_runner does, prints the hub's pid, waits.
PARENT = """
import os, subprocess, sys, time
env = dict(os.environ, IKRAR_STOP_WITH_PARENT=str(os.getpid()))
hub = subprocess.Popen(
    [sys.executable, "-m", "desktop_app", "--home", sys.argv[1], "hub", "--port", sys.argv[2]],
    env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
)
print(hub.pid, flush=True)
time.sleep(600)
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX re-parents orphans; see parent_watch")
def test_hub_exits_when_the_window_process_dies(tmp_path: Path) -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, str(tmp_path / "hub"), str(free_port())],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    hub_pid = int(parent.stdout.readline())
    try:
        time.sleep(3)  # the hub is up and watching
        os.kill(hub_pid, 0)  # alive while the window is
        parent.kill()  # the window crashes: no chance to stop the hub
        parent.wait(10)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                os.kill(hub_pid, 0)
            except ProcessLookupError:
                return  # gone (reaped by init)
            time.sleep(0.2)
            try:  # a zombie we could reap ourselves counts as gone too
                if os.waitpid(hub_pid, os.WNOHANG)[0] == hub_pid:
                    return
            except ChildProcessError:
                pass
        pytest.fail("the hub outlived the window")
    finally:
        for pid in (hub_pid, parent.pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
