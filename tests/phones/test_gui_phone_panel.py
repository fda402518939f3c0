"""The desk's one-time QR after a check-in (real Registrasi page, real hub process): the QR
decodes to a link the hub serves, and the desk says "signed" once the phone has signed."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from desktop_app.paths import DataDir
from tests.phones.venue import finger_strokes, page_data, submit_form
from tests.sync.harness import HubProcess, Station

pytestmark = [pytest.mark.gui, pytest.mark.slow]


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[HubProcess]:
    process = HubProcess(tmp_path / "hub").start()
    try:
        yield process
    finally:
        process.kill()


def _decode(image: QImage) -> str:
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    from PIL import Image

    width, height = image.width(), image.height()
    raw = bytes(image.constBits())[: image.bytesPerLine() * height]
    picture = Image.frombytes("L", (width, height), raw, "raw", "L", image.bytesPerLine())
    found = zxingcpp.read_barcodes(picture)
    assert found, "no QR code in the panel"
    return str(found[0].text)


def test_desk_shows_a_phone_qr_and_then_signed(qtbot, tmp_path: Path, hub: HubProcess) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.bootstrap import open_home
    from desktop_app.models import Attendee, close_db
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.registration.checkin_page import CheckinPage
    from desktop_app.ui.sync.sync_runner import sync_runner
    from tests.factories import plain_event

    desk = Station(tmp_path / "desk", "Meja 1")
    desk.enroll(hub)
    open_home(desk.root)
    try:
        event = plain_event(attendees=12)
        person = Attendee.select().where(Attendee.event == event).order_by(Attendee.sort_name)[3]
        ctx = AppContext(DataDir(desk.root), operator="ani")
        ctx.set_event(event.id)
        sync_runner(ctx)  # the window's runner: it answers the panel's sync requests
        page = CheckinPage(ctx)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        qtbot.keyClicks(page.ui.searchEdit, person.code)
        qtbot.waitUntil(lambda: page.ui.resultsList.count() >= 1)
        qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)
        panel = page.phone_panel
        qtbot.waitUntil(lambda: panel.isVisible() and bool(panel.url), timeout=5000)
        assert person.full_name in panel.title.text()
        assert "WITA" in panel.detail.text()
        folder = os.environ.get("IKRAR_SCREENSHOTS")  # refreshes docs/phones.md's picture
        if folder:
            page.grab().save(str(Path(folder) / "desk-phone-qr.png"))
        url = _decode(panel.qr.pixmap().toImage())
        assert url == panel.url and url.startswith(hub.url + "/p/")

        with httpx.Client() as phone:
            # The desk syncs right after the check-in; the page opens once the hub has it.
            # (Polled once a second: a link takes 30 requests a minute.)
            for _ in range(20):
                if phone.get(url).status_code == 200:
                    break
                qtbot.wait(1000)
            data = page_data(phone.get(url).text)
            sent = phone.post(
                url + "/sign", content=json.dumps(submit_form(data, finger_strokes())).encode()
            )
            assert sent.status_code == 200, sent.text
        qtbot.waitUntil(lambda: "Sudah ditandatangani" in panel.title.text(), timeout=20_000)
        assert not panel.qr.isVisible()
    finally:
        close_db()
