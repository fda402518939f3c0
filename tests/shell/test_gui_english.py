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
    assert certificates.list.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert certificates.list.ui.filterCombo.itemText(0) == "All"
    assert certificates.list.ui.filterCombo.itemData(0) == "Semua"
