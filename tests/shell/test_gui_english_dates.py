"""English mode: dates and times on screen in English; documents stay Indonesian."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from desktop_app.paths import DataDir
from desktop_app.services.common.localtime import format_date as document_date
from desktop_app.ui.app import install_translations
from desktop_app.ui.context import AppContext

pytestmark = pytest.mark.gui


def test_window_dates_follow_the_interface_language(qtbot, home) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.local_time import format_datetime
    from desktop_app.ui.main_window import MainWindow
    from tests.factories import new_event

    event = new_event(
        starts_local=dt.datetime(2024, 8, 17, 9, 5), ends_local=dt.datetime(2024, 8, 17, 12)
    )
    app = QApplication.instance()
    locale_before = QLocale()
    translators = install_translations(app, "en")
    try:
        window = MainWindow(AppContext(DataDir(home)))
        qtbot.addWidget(window)
        assert "17 August 2024" in window.ui.eventCombo.itemText(0)
        assert format_datetime(event.starts_at, event.timezone) == "17 August 2024 09:05 WIB"
        assert document_date(event.starts_at, event.timezone) == "17 Agustus 2024"  # documents
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(locale_before)
    assert format_datetime(event.starts_at, event.timezone) == "17 Agustus 2024 09.05 WIB"
