"""English translation: the compiled catalogue matches its source and the app uses it."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from desktop_app.paths import DataDir
from desktop_app.ui.app import install_translations
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow
from tools.build_translations import main, ts_file

# Contexts of the window frame; their strings must all be translated.
FRAME_CONTEXTS = {
    "MainWindow",
    "Pages",
    "EventsPage",
    "SettingsDialog",
    "ErrorDialog",
    "PlaceholderPage",
    "ServiceMessages",
}


def test_qm_is_built_from_current_ts() -> None:
    assert main(["--check"]) == 0, "run: python -m tools.build_translations"


def test_frame_strings_are_all_translated() -> None:
    root = ET.parse(ts_file("en")).getroot()
    seen, untranslated = set(), []
    for context in root.iter("context"):
        name = context.findtext("name")
        if name not in FRAME_CONTEXTS:
            continue
        seen.add(name)
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or not (translation.text or "").strip()
                or translation.get("type") == "unfinished"
            ):
                untranslated.append((name, message.findtext("source")))
    assert seen == FRAME_CONTEXTS
    assert untranslated == []


@pytest.mark.gui
def test_english_is_loaded_into_the_window(qtbot, home) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    locale_before = QLocale()
    translators = install_translations(app, "en")
    try:
        assert translators, "ikrar_en.qm did not load"
        assert QCoreApplication.translate("Pages", "Peserta") == "Attendees"
        window = MainWindow(AppContext(DataDir(home)))
        qtbot.addWidget(window)
        assert window.ui.navList.item(0).text() == "Event"
        assert window.ui.menuFile.title() == "&File"
        assert window.sync_label.text() == "Never synced"
        page = window.show_page("acara")
        assert page.ui.headingLabel.text() == "New event"
        assert page.ui.saveButton.text() == "&Save"
        page.save()  # blank form: the service's message, in English
        qtbot.waitUntil(lambda: page.ui.errorLabel.isVisibleTo(page), timeout=5000)
        assert page.ui.errorLabel.text() == "The event title is required."
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(locale_before)  # other tests keep the session's locale
    assert QCoreApplication.translate("Pages", "Peserta") == "Peserta"


def test_pseudo_locale_stretches_every_string(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("IKRAR_PSEUDO_LOCALE", "1")
    locale_before = QLocale()
    translators = install_translations(qapp, "id")
    try:
        stretched = QCoreApplication.translate("Pages", "Peserta")
        assert stretched.startswith("[Peserta~~") and stretched.endswith("]")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale_before)
    assert QCoreApplication.translate("Pages", "Peserta") == "Peserta"
