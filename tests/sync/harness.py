"""Test harness for sync: a real hub process on a free loopback port, stations as data dirs.

The hub runs as ``python -m desktop_app hub`` (a real process we can kill); each station is
its own data directory, made active in this process by re-initialising the database proxy.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PortTaken(Exception):
    """The hub could not bind its port: someone else took it after ``free_port``."""


class HubProcess:
    """``ikrar hub`` in a subprocess; ``start``/``kill``/``restart`` keep the data dir."""

    def __init__(
        self,
        home: Path,
        port: int | None = None,
        database: str | None = None,
        tls: bool = False,
        workers: int = 1,
    ) -> None:
        self.home = home
        self.port = port or free_port()
        # A port we picked may be taken by a parallel test (pytest-xdist) before the hub binds
        # it; the first start then tries another. Restarts keep the URL stations know.
        self.may_move = port is None
        self.database = database
        self.tls = tls
        self.workers = workers
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def _args(self) -> list[str]:
        args = [
            sys.executable,
            "-m",
            "desktop_app",
            "--home",
            str(self.home),
            "hub",
            "--port",
            str(self.port),
        ]
        if self.database:
            args += ["--database", self.database]
        if self.tls:
            args.append("--tls")
        if self.workers > 1:
            args += ["--workers", str(self.workers)]
        return args

    def start(self, fault: str = "") -> HubProcess:
        for _attempt in range(5):
            try:
                return self._start(fault)
            except PortTaken:
                self.port = free_port()
        raise RuntimeError("no free port for the hub")

    def _start(self, fault: str) -> HubProcess:
        env = dict(os.environ)
        env.pop("IKRAR_HOME", None)
        if fault:
            env["IKRAR_HUB_FAULT"] = fault
        else:
            env.pop("IKRAR_HUB_FAULT", None)
        self.home.mkdir(parents=True, exist_ok=True)
        # A file, not a pipe: a chatty hub must never block on a full pipe buffer.
        self.output = open(self.home / "hub-output.txt", "ab")  # noqa: SIM115
        # Its own process group: with --workers, kill() takes the worker processes too.
        self.proc = subprocess.Popen(
            self._args(),
            cwd=REPO,
            env=env,
            stdout=self.output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.kill()
                output = (self.home / "hub-output.txt").read_text(errors="replace")
                if self.may_move and "address already in use" in output[-2000:]:
                    raise PortTaken(self.port)
                raise RuntimeError(f"hub exited: {output[-2000:]}")
            try:
                httpx.get(f"{self.url}/api/health", timeout=0.5, verify=False)
                self.may_move = False
                return self
            except httpx.HTTPError:
                time.sleep(0.05)
        raise RuntimeError("hub did not start")

    def kill(self) -> None:
        if self.proc is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)
        self.proc = None
        if getattr(self, "output", None) is not None:
            self.output.close()
            self.output = None

    def wait_dead(self, timeout: float = 10) -> int | None:
        assert self.proc is not None
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            return None

    def restart(self, fault: str = "") -> HubProcess:
        self.kill()
        return self.start(fault)

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        extra = ["--database", self.database] if self.database else []
        env = dict(os.environ)
        env.pop("IKRAR_HOME", None)
        return subprocess.run(
            [sys.executable, "-m", "desktop_app", "--home", str(self.home), "hub", *args, *extra],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )

    def pair_code(self) -> str:
        result = self.cli("pair", "--url", self.url, "--no-qr")
        assert result.returncode == 0, result.stderr
        return result.stdout.splitlines()[0].split(":", 1)[1].strip()


class Station:
    """One station's data directory, activated in this process when used."""

    def __init__(self, root: Path, name: str) -> None:
        self.root = root
        self.name = name

    @contextlib.contextmanager
    def active(self) -> Iterator[Any]:
        from desktop_app.bootstrap import open_home
        from desktop_app.models import close_db

        close_db()
        home = open_home(self.root)
        try:
            yield home
        finally:
            close_db()

    def enroll(self, hub: HubProcess) -> None:
        from desktop_app.sync.client import enroll

        code = hub.pair_code()
        with self.active() as home:
            enroll(home, hub.url, code, self.name)

    def sync(self, transport: httpx.BaseTransport | None = None) -> Any:
        from desktop_app.sync.client import sync_once

        with self.active() as home:
            return sync_once(home, transport)

    def snapshot(self) -> dict[str, set[tuple[str, str]]]:
        with self.active():
            return entity_snapshot()


def entity_snapshot() -> dict[str, set[tuple[str, str]]]:
    """Every synced row as (id, hlc) per table, on the active database."""
    from desktop_app.models import SYNCED_MODELS

    return {m._meta.table_name: set(m.select(m.id, m.hlc).tuples()) for m in SYNCED_MODELS}


def event_summaries() -> list[dict[str, Any]]:
    from desktop_app.services.events.event_counts import event_summary
    from desktop_app.services.events.event_store import list_events

    return [event_summary(e) for e in list_events(include_archived=True)]
