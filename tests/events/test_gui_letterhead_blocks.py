"""Kop surat and certificate number blocks edited from the Acara page's dialogs."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.models import AuditLog, Event
from desktop_app.paths import DataDir
from desktop_app.ui.context import AppContext

pytestmark = pytest.mark.gui


def test_letterhead_dialog_checks_and_stores(
    qtbot, home: Path, demo_event: Event, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.events.letterhead_dialog import LetterheadDialog

    ctx = AppContext(DataDir(home), operator="Rina")
    dialog = LetterheadDialog(ctx, demo_event)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.addressEdit.clear()
    qtbot.keyClicks(ui.addressEdit, "Jalan Timor Raya Km. 36, Oelamasi")
    ui.emailEdit.clear()
    qtbot.keyClicks(ui.emailEdit, "bukan-email")
    save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # stored on the write path
    qtbot.waitUntil(ui.errorLabel.isVisible, timeout=5000)
    assert "e-mail" in ui.errorLabel.text()
    assert Event.get_by_id(demo_event.id).kop_address != "Jalan Timor Raya Km. 36, Oelamasi"
    # A broken logo file is refused with a message; a real one is scaled down to 600 px.
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    dialog.load_logo(broken)
    assert "logo" in ui.errorLabel.text().lower() and dialog.new_logo is None
    big = tmp_path / "big.png"
    Image.new("RGBA", (1800, 1200), (20, 60, 140, 255)).save(big)
    dialog.load_logo(big)
    assert dialog.new_logo is not None and not ui.errorLabel.isVisible()
    ui.emailEdit.clear()
    qtbot.keyClicks(ui.emailEdit, "sekretariat@bawaslu-kupang.example")
    ui.numberEdit.clear()
    qtbot.keyClicks(ui.numberEdit, "045/PM.00.02/IX/2024")
    ui.undatedBox.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):  # closes once committed
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    event = Event.get_by_id(demo_event.id)
    assert event.kop_address == "Jalan Timor Raya Km. 36, Oelamasi"
    assert event.letter_number == "045/PM.00.02/IX/2024" and event.letter_date == ""
    with Image.open(io.BytesIO(bytes(event.kop_logo))) as logo:
        assert max(logo.size) == 600 and logo.format == "PNG"
    assert AuditLog.select().where(AuditLog.action == "event.letterhead").exists()


def test_number_blocks_dialog_allocates_for_a_named_desk(
    qtbot, home: Path, demo_event: Event
) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services.certificates import numbering
    from desktop_app.ui.events.number_blocks_dialog import NumberBlocksDialog

    ctx = AppContext(DataDir(home), operator="Rina")
    dialog = NumberBlocksDialog(ctx, demo_event)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.allocateButton.isEnabled()  # this station created the event
    qtbot.keyClicks(ui.stationEdit, "Meja 2")
    ui.sizeSpin.setValue(150)
    qtbot.mouseClick(ui.allocateButton, Qt.MouseButton.LeftButton)  # on the write path
    qtbot.waitUntil(lambda: "1–150" in ui.messageLabel.text(), timeout=5000)
    qtbot.waitUntil(ui.allocateButton.isEnabled, timeout=5000)
    qtbot.mouseClick(ui.allocateButton, Qt.MouseButton.LeftButton)  # no name: refused
    qtbot.waitUntil(lambda: "wajib" in ui.messageLabel.text(), timeout=5000)
    assert [(b.holder_name, b.first_seq, b.last_seq) for b in numbering.all_blocks(demo_event)] == [
        ("Meja 2", 1, 150)
    ]
    assert ui.blocksTable.rowCount() == 1 and ui.blocksTable.item(0, 1).text() == "1–150"
    # This station's own next number comes after the block it gave away.
    assert numbering.preview_next(demo_event).number.startswith("151/SERT/")


def test_number_blocks_dialog_after_the_numbers_went_to_the_hub(
    qtbot, home: Path, demo_event: Event
) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services.certificates import numbering
    from desktop_app.ui.events.number_blocks_dialog import NumberBlocksDialog

    numbering.allocate_block(demo_event, "Meja 2", size=50)
    numbering.hand_over_to_hub(demo_event)
    dialog = NumberBlocksDialog(AppContext(DataDir(home), operator="Rina"), demo_event)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert "hub" in ui.introLabel.text() and "51" in ui.introLabel.text()
    assert not ui.allocateButton.isEnabled()  # the hub allocates now, not this laptop
    rows = [(ui.blocksTable.item(r, 0).text(), ui.blocksTable.item(r, 1).text()) for r in (0, 1)]
    assert rows == [("Meja 2", "1–50"), ("Hub", "51–…")]
