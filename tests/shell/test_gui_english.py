"""English mode: labels defined outside ``tr()`` (table headers, model labels) are translated."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.models import Event
from desktop_app.paths import DataDir
from desktop_app.ui.app import install_translations
from desktop_app.ui.context import AppContext

pytestmark = pytest.mark.gui


@pytest.fixture
def english():  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    locale_before = QLocale()
    translators = install_translations(app, "en")
    assert translators, "ikrar_en.qm did not load"
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(locale_before)  # other tests keep the session's locale
    assert QCoreApplication.translate("Labels", "Semua peserta") == "Semua peserta"


def test_pages_show_english_labels(
    qtbot,
    home: Path,
    demo_event: Event,  # type: ignore[no-untyped-def]
    english,
) -> None:
    from desktop_app.ui.certificates.certificates_page import CertificatesPage
    from desktop_app.ui.registration.attendees_page import AttendeesPage
    from desktop_app.ui.reports.reports_page import ReportsPage

    ctx = AppContext(DataDir(home), operator="ani")
    ctx.set_event(demo_event.id)
    attendees = AttendeesPage(ctx)
    qtbot.addWidget(attendees)
    header = attendees.model.headerData(1, Qt.Orientation.Horizontal)
    assert header == "Name"
    qtbot.waitUntil(lambda: bool(attendees.all_rows), timeout=5000)
    sources = {attendees.model.index(r, 7).data() for r in range(attendees.model.rowCount())}
    assert sources <= {"Invitation", "Walk-in"}

    reports = ReportsPage(ctx)
    qtbot.addWidget(reports)
    qtbot.waitUntil(lambda: reports.summary is not None, timeout=5000)
    table = reports.ui.categoryTable
    assert table.horizontalHeaderItem(0).text() == "Group"
    assert table.item(table.rowCount() - 1, 0).text() == "All attendees"
    assert reports.summary.total.label == "Semua peserta"  # the service stays Indonesian

    certificates = CertificatesPage(ctx)
    qtbot.addWidget(certificates)
    listing = certificates.list
    assert listing.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert listing.ui.filterCombo.itemText(0) == "All"
    assert listing.ui.filterCombo.itemData(0) == ""  # "every status": a code, not words
    assert listing.ui.filterCombo.itemText(3) == "Revoked"
    assert listing.ui.filterCombo.itemData(3) == "revoked"


def test_english_status_bar_shows_english_sync_states(
    qtbot,
    home: Path,
    demo_event: Event,  # type: ignore[no-untyped-def]
    english,
) -> None:
    """The sync engine records codes; the status bar words them in the interface language."""
    from desktop_app.services.common.settings import HUB_URL
    from desktop_app.sync.client import SyncError, record_outcome, record_running, sync_once
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(AppContext(DataDir(home)))
    qtbot.addWidget(window)
    assert window.sync_label.text() == "Never synced"
    record_running()
    window.ctx.notify("sync")
    assert window.sync_label.text() == "Sync: syncing"
    record_outcome()  # what a completed sync_once records
    window.ctx.notify("sync")
    text = window.sync_label.text()
    assert text.startswith("Sync: in sync \u00b7 last success ") and text.endswith("WITA")
    # A real failed sync: enrolled at a hub that is not there.
    HUB_URL.set("http://127.0.0.1:9")
    with pytest.raises(SyncError):
        sync_once(DataDir(home))
    window.ctx.notify("sync")
    assert window.sync_label.text().startswith("Sync: failed \u00b7 last success ")
    # The Sinkronisasi page reads the same codes, and the stored error is shown in English.
    page = window.show_page("sinkronisasi")
    assert page.ui.stateValue.text() == "Sync failed"
    assert page.ui.errorLabel.text() == (
        "The hub cannot be reached (http://127.0.0.1:9). Check the network and the hub address."
    )


def test_service_error_in_english_focuses_its_field(
    qtbot,
    home: Path,
    demo_event: Event,  # type: ignore[no-untyped-def]
    english,
) -> None:
    """A walk-in with a 17-digit NIP: the service's error, in English, cursor on the NIP."""
    from desktop_app.ui.registration.walk_in_dialog import WalkInDialog

    ctx = AppContext(DataDir(home), operator="ani")
    ctx.set_event(demo_event.id)
    dialog = WalkInDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.ui.nameEdit.hasFocus)
    qtbot.keyClicks(dialog.ui.nameEdit, "Simon Riwu")
    qtbot.keyClicks(dialog.ui.nipEdit, "19860914201001100")
    dialog.ui.positionEdit.setFocus()
    qtbot.keyClicks(dialog.ui.positionEdit, "Guru")
    qtbot.keyClick(dialog.ui.positionEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.ui.errorLabel.isVisible, timeout=5000)
    assert dialog.ui.errorLabel.text() == "NIP must be 18 digits (17 digits written)."
    assert dialog.ui.nipEdit.hasFocus()
    dialog.close()

    # A form of the Acara page: the event service's error, in English, on its field.
    from desktop_app.ui.events.events_page import EventsPage

    page = EventsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.ui.certFormatEdit.setText("{seq:03d}/{nope")
    page.save()
    qtbot.waitUntil(page.ui.errorLabel.isVisible, timeout=5000)
    assert page.ui.errorLabel.text() == (
        "The certificate number format '{seq:03d}/{nope' is not valid. Use {seq:03d}, "
        "{station}, {org}, {event}, {month_roman}, {month}, {year}."
    )
    assert page.focusWidget() is page.ui.certFormatEdit
