"""Run the existing hub (``ikrar hub``) from the window: "Jadikan laptop ini hub".

The hub runs as a child process of the app, exactly the command an organizer would type,
on its own data directory (``<data>/hub``) so the laptop's own desk stays an ordinary
station that pairs with it like any other. A child process rather than a thread: the GUI
never imports the hub (layer rule), a hub crash never takes the desk down, and stopping it
is killing one process. It keeps running while the user moves between pages and stops with
the app (``aboutToQuit``) or on demand.

Pairing codes and the station list come from the same CLI (``hub pair --json``,
``hub stations --json``), run as short child processes, so nothing here waits on the GUI
thread.
"""

from __future__ import annotations

import json
import logging
import os
import re
import socket
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal
from PySide6.QtWidgets import QApplication

from desktop_app.ui.context import AppContext

log = logging.getLogger("ikrar.hub_runner")

DEFAULT_PORT = 8765
STOP_GRACE_MS = 3000
_URL_LINE = re.compile(r"Hub Ikrar berjalan di (\S+)")
_FINGERPRINT_LINE = re.compile(r"Sidik jari sertifikat TLS: (\S+)")


class HubState(StrEnum):
    STOPPED = "STOPPED"
    STARTING = "STARTING"
    RUNNING = "RUNNING"
    FAILED = "FAILED"


@dataclass(frozen=True)
class Pairing:
    """A one-time pairing code as the hub made it (``ikrar hub pair --json``)."""

    code: str
    url: str
    fingerprint: str
    uri: str  # what the QR code holds
    expires_local: str
    expires_at: str = ""  # ISO, UTC


@dataclass(frozen=True)
class HubStationRow:
    name: str
    revoked: bool
    pushed: int
    last_seen: str  # ISO UTC, "" when never


def ikrar_command(arguments: list[str]) -> tuple[str, list[str]]:
    """(program, arguments) running ``ikrar <arguments>`` with this very installation."""
    if getattr(sys, "frozen", False):  # the PyInstaller executable is the CLI too
        return sys.executable, arguments
    return sys.executable, ["-m", "desktop_app", *arguments]


class HubRunner(QObject):
    """One per ``AppContext`` (``hub_runner(ctx)``): start, stop, pairing codes, stations."""

    state_changed = Signal()
    pairing_ready = Signal(object)  # Pairing
    stations_ready = Signal(object)  # list[HubStationRow]
    failed = Signal(str)  # a sentence for the user (the CLI's own message)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.home: Path = Path(ctx.home.root) / "hub"
        self.host = "0.0.0.0"  # every network of this laptop (HTTPS)
        self.port = DEFAULT_PORT
        self.state = HubState.STOPPED
        self.url = ""
        self.fingerprint = ""
        self.error = ""
        self.pairing: Pairing | None = None
        self.stations: list[HubStationRow] = []
        self._process: QProcess | None = None
        self._helpers: list[QProcess] = []
        self._stopping = False
        self._output = ""
        self.poll = QTimer(self)
        self.poll.setInterval(10_000)
        self.poll.timeout.connect(self.refresh_stations)
        # The hub prints its address before its server has bound the port (the web app is
        # still loading): it counts as running once a connection to the port succeeds.
        self._listen_check = QTimer(self)
        self._listen_check.setInterval(150)
        self._listen_check.timeout.connect(self._check_listening)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    @property
    def running(self) -> bool:
        return self.state in (HubState.STARTING, HubState.RUNNING)

    # -- the hub process ------------------------------------------------------------------
    def start(self) -> None:
        if self.running:
            return
        self.home.mkdir(parents=True, exist_ok=True)
        from desktop_app.services.common import key_vault

        if not key_vault.is_protected(Path(self.ctx.home.keys)):
            self._launch(None)
            return
        # A protected station protects its hub's organizer root with the same passphrase
        # (scrypt: off the GUI thread) and hands it to the hub through a pipe.
        from desktop_app.ui.key_protection_dialogs import session_passphrase
        from desktop_app.ui.tasks import run_task

        passphrase = session_passphrase()
        if passphrase is None:
            self.error = self.tr("Buka kunci stasiun dulu (frasa sandi) sebelum menjalankan hub.")
            self._set_state(HubState.FAILED)
            self.failed.emit(self.error)
            return
        keys = self.home / "keys"
        self._set_state(HubState.STARTING)
        run_task(
            lambda: key_vault.protect(keys, passphrase),
            lambda _r, error: self._protected(passphrase, error),
            owner=self,
        )

    def _protected(self, passphrase: str, error: BaseException | None) -> None:
        if error is not None:
            from desktop_app.services.common.errors import UserError
            from desktop_app.ui.messages import error_text

            self.error = (
                error_text(error)
                if isinstance(error, UserError)
                else self.tr("Hub tidak dapat dijalankan; rincian ada di log.")
            )
            self._set_state(HubState.FAILED)
            self.failed.emit(self.error)
            return
        self._launch(passphrase)

    def _launch(self, passphrase: str | None) -> None:
        program, arguments = ikrar_command(
            [
                "--home",
                str(self.home),
                "hub",
                "--host",
                self.host,
                "--port",
                str(self.port),
                "--tls",
                *(["--passphrase-stdin"] if passphrase is not None else []),
            ]
        )
        process = QProcess(self)
        environment = _child_environment()
        # cli/parent_watch: the hub ends with this process even when it crashes (the stdin
        # pipe QProcess keeps open closes with it; the parent id helps on POSIX).
        environment.insert("IKRAR_STOP_WITH_PARENT", str(os.getpid()))
        environment.insert("IKRAR_STOP_ON_STDIN_EOF", "1")
        process.setProcessEnvironment(environment)
        process.readyReadStandardOutput.connect(self._read_output)
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._process_error)
        self._process, self._output, self._stopping = process, "", False
        self.url = self.fingerprint = self.error = ""
        self.pairing = None
        self._set_state(HubState.STARTING)
        log.info("starting the hub: %s %s", program, " ".join(arguments))
        process.start(program, arguments)
        if passphrase is not None:
            # One line on stdin; the pipe then stays open: its end-of-file tells the hub
            # that this window is gone (cli/parent_watch).
            process.write((passphrase + "\n").encode("utf-8"))

    def stop(self) -> None:
        """Stop the hub (app quitting, or the operator's button); waits a moment at most."""
        process = self._process
        self.poll.stop()
        self._listen_check.stop()
        if process is None:
            return
        self._stopping = True
        if process.state() != QProcess.ProcessState.NotRunning:
            process.terminate()
            if not process.waitForFinished(STOP_GRACE_MS):
                process.kill()
                process.waitForFinished(STOP_GRACE_MS)
        self._process = None
        for helper in list(self._helpers):
            if helper.state() != QProcess.ProcessState.NotRunning:
                helper.kill()
                helper.waitForFinished(STOP_GRACE_MS)
        self._helpers.clear()
        self.pairing = None
        self._set_state(HubState.STOPPED)

    def _read_output(self) -> None:
        if self._process is None:
            return
        self._output += bytes(self._process.readAllStandardOutput().data()).decode(
            "utf-8", "replace"
        )
        if not self.url and (found := _URL_LINE.search(self._output)):
            self.url = found.group(1)
        if not self.fingerprint and (found := _FINGERPRINT_LINE.search(self._output)):
            self.fingerprint = found.group(1)
        if self.url and self.fingerprint and self.state is HubState.STARTING:
            self._listen_check.start()

    def _check_listening(self) -> None:
        if self.state is not HubState.STARTING or self._process is None:
            self._listen_check.stop()
            return
        try:  # loopback: refused or accepted at once, never a wait on the GUI thread
            host = "127.0.0.1" if self.host in ("0.0.0.0", "::", "") else self.host
            with socket.create_connection((host, self.port), timeout=0.1):
                pass
        except OSError:
            return  # not yet; the next tick tries again (the process's end stops it)
        self._listen_check.stop()
        self._set_state(HubState.RUNNING)
        self.poll.start()
        self.new_pairing_code()
        self.refresh_stations()

    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        process = self.sender()
        if self._stopping or process is not self._process:
            return
        assert isinstance(process, QProcess)
        message = _last_message(process)
        log.error("the hub stopped by itself (exit %s): %s", code, message)
        self._process = None
        self.poll.stop()
        self.error = message or self.tr("Hub berhenti tiba-tiba; rincian ada di log.")
        self._set_state(HubState.FAILED)
        self.failed.emit(self.error)

    def _process_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and not self._stopping:
            log.error("the hub could not be started: %s", error)
            self._process = None
            self.error = self.tr("Hub tidak dapat dijalankan; rincian ada di log.")
            self._set_state(HubState.FAILED)
            self.failed.emit(self.error)

    def _set_state(self, state: HubState) -> None:
        self.state = state
        self.state_changed.emit()

    # -- pairing codes and stations (short CLI runs) ------------------------------------------
    def new_pairing_code(self) -> None:
        if self.state is not HubState.RUNNING:
            return
        self._run_helper(
            ["--home", str(self.home), "hub", "pair", "--url", self.url, "--json"],
            self._pairing_done,
        )

    def _pairing_done(self, output: str, message: str) -> None:
        try:
            data = json.loads(output)
            pairing = Pairing(
                code=str(data["code"]),
                url=str(data["url"]),
                fingerprint=str(data.get("fingerprint", "")),
                uri=str(data["uri"]),
                expires_local=str(data.get("expires_local", "")),
                expires_at=str(data.get("expires_at", "")),
            )
        except (ValueError, KeyError, TypeError):
            log.error("no pairing code from the hub: %s %s", output[:200], message)
            self.failed.emit(message or self.tr("Kode pemasangan gagal dibuat; lihat log."))
            return
        self.pairing = pairing
        self.pairing_ready.emit(pairing)

    def refresh_stations(self) -> None:
        if self.state is not HubState.RUNNING:
            return
        self._run_helper(
            ["--home", str(self.home), "hub", "stations", "--json"], self._stations_done
        )

    def _stations_done(self, output: str, message: str) -> None:
        try:
            rows: list[dict[str, Any]] = json.loads(output)
            self.stations = [
                HubStationRow(
                    name=str(r["name"]),
                    revoked=bool(r["revoked"]),
                    pushed=int(r["pushed_seq"]),
                    last_seen=str(r.get("last_seen") or ""),
                )
                for r in rows
            ]
        except (ValueError, KeyError, TypeError):
            log.error("station list unreadable: %s %s", output[:200], message)
            return
        self.stations_ready.emit(self.stations)

    def _run_helper(self, arguments: list[str], done: Any) -> None:
        program, full = ikrar_command(arguments)
        helper = QProcess(self)
        helper.setProcessEnvironment(_child_environment())
        self._helpers.append(helper)

        def finished(_code: int, _status: QProcess.ExitStatus) -> None:
            if helper in self._helpers:
                self._helpers.remove(helper)
                output = bytes(helper.readAllStandardOutput().data()).decode("utf-8", "replace")
                done(output, _last_message(helper))
            helper.deleteLater()

        helper.finished.connect(finished)
        helper.start(program, full)


def _child_environment() -> QProcessEnvironment:
    environment = QProcessEnvironment.systemEnvironment()
    environment.insert("PYTHONUNBUFFERED", "1")
    environment.insert("PYTHONIOENCODING", "utf-8")
    return environment


def _last_message(process: QProcess) -> str:
    """The CLI's one-line error ("ikrar: …"), without the prefix."""
    text = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
    lines = [line for line in text.splitlines() if line.startswith("ikrar:")]
    return lines[-1].removeprefix("ikrar:").strip() if lines else ""


def hub_runner(ctx: AppContext) -> HubRunner:
    """The one hub runner of this window's context (created on first use)."""
    runner = ctx.findChild(HubRunner)
    if runner is None:
        runner = HubRunner(ctx)
    return runner
