"""The hub started from the window, and a station paired by scanning its pairing QR.

The hub is the real ``ikrar hub`` child process the app starts; the pairing QR shown on the
page is read back from the screen by an independent decoder (zbarimg) and typed into the
main window as a keyboard-wedge scanner does (Shift around capitals, and the URI's
shifted signs), from a page that is not Sinkronisasi.
"""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.paths import DataDir
from desktop_app.ui.context import AppContext
from tests.sync.harness import free_port

pytestmark = [pytest.mark.gui, pytest.mark.slow]

SHIFTED = set('~!@#$%^&*()_+{}|:"<>?')


def scan_into_window(window, text: str) -> None:  # type: ignore[no-untyped-def]
    """``text`` as a scanner types it into the focused window, ending with Enter."""
    handle = window.windowHandle()
    shift = Qt.KeyboardModifier.ShiftModifier
    for char in text:
        if char.isupper() or char in SHIFTED:
            QTest.keyPress(handle, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
            QTest.keyPress(handle, char, shift)
            QTest.keyRelease(handle, char, shift)
            QTest.keyRelease(handle, Qt.Key.Key_Shift, shift)
        else:
            QTest.keyClick(handle, char)
    QTest.keyClick(handle, Qt.Key.Key_Return)


def decode_label(label, folder: Path) -> str:  # type: ignore[no-untyped-def]
    image = folder / "pairing-qr.png"
    assert label.pixmap().save(str(image))
    out = subprocess.run(
        ["zbarimg", "-q", "--raw", str(image)], capture_output=True, text=True, check=True
    ).stdout
    return out.strip()


def used_codes(hub_home: Path) -> int:
    """Pairing codes the hub has seen used (read from its own database file)."""
    with sqlite3.connect(f"file:{hub_home / 'ikrar.sqlite3'}?mode=ro", uri=True) as db:
        return int(
            db.execute(
                "SELECT COUNT(*) FROM hub_pairing_code WHERE used_at IS NOT NULL"
            ).fetchone()[0]
        )


def test_hub_from_the_window_and_pairing_by_scanning_its_qr(
    qtbot, home: Path, demo_event, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.sync.status import sync_status
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.scanner_input import install_scanner
    from desktop_app.ui.sync.hub_runner import HubState, hub_runner

    ctx = AppContext(DataDir(home), operator="Rina")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    scanner = install_scanner(window)
    # Keys 6 ms apart as a scanner sends them, whatever the load on this machine (real-time
    # bursts are the X-level venue-day test's job).
    steps = iter(range(10**6))
    scanner.clock = lambda: 100.0 + 0.006 * next(steps)
    runner = hub_runner(ctx)
    runner.host, runner.port = "127.0.0.1", free_port()
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    try:
        page = window.show_page("sinkronisasi")
        # This window stands for another desk: it pairs by scanning, not as the hub's own
        # desk (that first pairing is the venue-day test's; a station enrols only once).
        page._self_paired = True
        qtbot.mouseClick(page.ui.hubStartButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: runner.state is HubState.RUNNING, timeout=30_000)
        qtbot.waitUntil(lambda: runner.pairing is not None, timeout=30_000)
        assert runner.url.startswith("https://127.0.0.1:")
        qtbot.waitUntil(lambda: runner.pairing.code in page.ui.pairingTextLabel.text())
        assert not sync_status().enrolled
        assert runner.pairing.code in page.ui.pairingTextLabel.text()
        assert "Hentikan" in page.ui.hubStartButton.text()
        uri = decode_label(page.ui.pairingQrLabel, tmp_path)
        assert uri == runner.pairing.uri and uri.startswith("ikrar-pair:?url=https")
        # The hub survives moving between pages; the scan arrives on Registrasi.
        registrasi = window.show_page("registrasi")
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.waitUntil(registrasi.ui.searchEdit.hasFocus)
        scan_into_window(window, uri)
        assert window.ui.pages.currentWidget() is page
        assert registrasi.ui.searchEdit.text() == ""  # the scan was taken back out
        qtbot.waitUntil(lambda: used_codes(runner.home) == 1, timeout=30_000)  # scanned code
        qtbot.waitUntil(lambda: sync_status().enrolled, timeout=30_000)
        qtbot.waitUntil(lambda: not page.working, timeout=30_000)
        # The hub lists the station that just paired (after its first sync).
        runner.refresh_stations()
        qtbot.waitUntil(lambda: any(r.pushed > 0 for r in runner.stations), timeout=30_000)
        qtbot.waitUntil(lambda: page.ui.stationsList.count() == 1, timeout=5000)
        assert "perubahan diterima" in page.ui.stationsList.item(0).text()
        assert runner.state is HubState.RUNNING
        qtbot.mouseClick(page.ui.hubStartButton, Qt.MouseButton.LeftButton)  # on demand
        assert runner.state is HubState.STOPPED and "tidak berjalan" in page.ui.hubStateLabel.text()
    finally:
        runner.stop()
        QApplication.instance().removeEventFilter(scanner)
