"""The Sertifikat page's "Peserta boleh mengunduh ke ponsel": a click releases the event's
certificates to phones (stored, synced with the event), a second click withholds them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.models import AuditLog, Event
from desktop_app.paths import DataDir

pytestmark = pytest.mark.gui


def test_release_checkbox_releases_and_withholds(qtbot, home: Path, demo_event: Event) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.certificates.certificates_page import CertificatesPage
    from desktop_app.ui.context import AppContext

    ctx = AppContext(DataDir(home), operator="meja-1")
    ctx.set_event(demo_event.id)
    page = CertificatesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    check = page.list.phone_release
    assert not check.isChecked()

    def released() -> bool:
        return Event.get_by_id(demo_event.id).certificates_released_at is not None

    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(released, timeout=5000)
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)  # the first write's refresh may follow
    qtbot.waitUntil(lambda: not released(), timeout=5000)
    qtbot.wait(300)  # the refresh after each write must not bring back an older state
    actions = [
        a.action for a in AuditLog.select().where(AuditLog.action.startswith("certificates."))
    ]
    assert actions == ["certificates.release", "certificates.withhold"]
    assert not check.isChecked()
