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
# argv[3] picks the watch: "parent" (the parent's id, POSIX) or "stdin" (a pipe the parent
# holds, as QProcess does: the one that also works on Windows).
PARENT = """
import os, subprocess, sys, time
if sys.argv[3] == "parent":
    env, stdin = dict(os.environ, IKRAR_STOP_WITH_PARENT=str(os.getpid())), subprocess.DEVNULL
else:
    env, stdin = dict(os.environ, IKRAR_STOP_ON_STDIN_EOF="1"), subprocess.PIPE
env.pop("IKRAR_STOP_WITH_PARENT" if sys.argv[3] == "stdin" else "IKRAR_STOP_ON_STDIN_EOF", None)
hub = subprocess.Popen(
    [sys.executable, "-m", "desktop_app", "--home", sys.argv[1], "hub", "--port", sys.argv[2]],
    env=env, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
)
print(hub.pid, flush=True)
time.sleep(600)
"""


# The checks below use POSIX signals to look at the hub; the stdin watch itself is portable.
@pytest.mark.skipif(os.name != "posix", reason="os.kill(pid, 0) probes only on POSIX")
@pytest.mark.parametrize("watch", ["parent", "stdin"])
def test_hub_exits_when_the_window_process_dies(tmp_path: Path, watch: str) -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, str(tmp_path / "hub"), str(free_port()), watch],
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
