"""Qt's own dialogs speak Indonesian in the Indonesian UI (Qt ships no Indonesian catalogue;
``resources/translations/qtbase_id.ts`` is ours)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from desktop_app.resources import resource_path
from desktop_app.ui.app import install_translations

pytestmark = pytest.mark.gui


def test_standard_buttons_and_file_dialog_in_indonesian(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    locale_before = QLocale()
    translators = install_translations(app, "id")
    try:
        assert translators, "qtbase_id.qm did not load"
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Ikrar",
            "Simpan perubahan?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        qtbot.addWidget(box)
        texts = {
            box.button(b).text().replace("&", "")
            for b in (
                QMessageBox.StandardButton.Save,
                QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Cancel,
            )
        }
        assert texts == {"Simpan", "Buang", "Batal"}
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No
        )
        qtbot.addWidget(buttons)
        assert buttons.button(QDialogButtonBox.StandardButton.Yes).text() == "&Ya"
        assert buttons.button(QDialogButtonBox.StandardButton.No).text() == "&Tidak"
        # Qt's own file chooser (the one used where the system has no native dialog).
        chooser = QFileDialog(None, "Pilih daftar undangan")
        chooser.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(chooser)
        labels = {label.text() for label in chooser.findChildren(QLabel)}
        assert "&Cari di:" in labels and "&Jenis berkas:" in labels and "&Nama berkas:" in labels
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(locale_before)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_every_qt_string_we_carry_is_translated() -> None:
    root = ET.parse(resource_path("translations", "qtbase_id.ts")).getroot()
    messages = root.findall("context/message")
    assert len(messages) > 150
    for message in messages:
        translation = message.find("translation")
        assert translation is not None and translation.text, message.find("source").text
        assert translation.get("type") is None
