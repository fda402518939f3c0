"""End-to-end look at signing under X: a mouse signs in kiosk mode, the PDF shows it.

Run under Xvfb (xdotool moves the real X pointer, so Qt receives genuine mouse events):

    xvfb-run -a -s "-screen 0 1366x768x24" python -m tools.signing_walkthrough OUTDIR

Writes screenshots of the kiosk before/after saving, the Deklarasi page, and the daftar
hadir PDF (page 1 rendered with pdftoppm) into OUTDIR. Development aid, not shipped.
"""

from __future__ import annotations

import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


def _wait(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def _xdotool(app: QApplication, *args: str) -> None:
    """Run xdotool while the Qt event loop keeps delivering what it does."""
    process = subprocess.Popen(["xdotool", *args])
    while process.poll() is None:
        app.processEvents()
        time.sleep(0.005)


def _signature_moves(origin: QPoint) -> list[list[str]]:
    """xdotool argument lists drawing two cursive words and an underline."""
    strokes = []
    for word, (dx, letters) in enumerate(((40, 5), (260, 4))):
        points = []
        for i in range(letters * 14):
            u = i / 14
            loop = 2 * math.pi * u
            y = 120 - 38 * (0.5 + 0.5 * math.sin(loop)) * (0.7 + 0.3 * math.sin(u + word))
            x = dx + 34 * u + 14 * math.cos(loop) + 0.3 * (120 - y)
            points.append((origin.x() + int(x), origin.y() + int(y)))
        strokes.append(points)
    strokes.append(
        [(origin.x() + 30 + 12 * i, origin.y() + 150 - int(6 * math.sin(i / 6))) for i in range(36)]
    )
    commands = []
    for points in strokes:
        args = ["mousemove", str(points[0][0]), str(points[0][1]), "mousedown", "1"]
        for x, y in points[1:]:
            args += ["mousemove", str(x), str(y), "sleep", "0.008"]
        args += ["mouseup", "1"]
        commands.append(args)
    return commands


def _click(app: QApplication, widget: QWidget, left: bool = False) -> None:
    # A check box reacts only on its indicator and label, at the left of its row.
    local = QPoint(8, widget.height() // 2) if left else widget.rect().center()
    centre = widget.mapToGlobal(local)
    _xdotool(app, "mousemove", str(centre.x()), str(centre.y()), "click", "1")
    _wait(app, 0.2)


def main(out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    home_dir = Path(tempfile.mkdtemp(prefix="ikrar-walkthrough-"))
    from desktop_app.bootstrap import open_home
    from desktop_app.models import Attendee, Checkin, Signature
    from desktop_app.services.demo.demo_event import create_demo_event

    app = QApplication.instance() or QApplication(sys.argv)
    home = open_home(home_dir)
    event = create_demo_event(attendees=40, seed=5)
    for attendee in Attendee.select().order_by(Attendee.sort_name).limit(12):
        Checkin.create(event=event, attendee=attendee, operator="Meja 1")
    import random

    from desktop_app.services.demo.signatures import add_demo_signatures

    add_demo_signatures(event, random.Random(3))  # most of them sign; a few wait in queue

    from desktop_app.ui.context import AppContext
    from desktop_app.ui.signing.declaration_page import DeclarationPage

    ctx = AppContext(home, operator="Meja 1")
    ctx.set_event(event.id)
    window = QMainWindow()
    page = DeclarationPage(ctx)
    window.setCentralWidget(page)
    window.setWindowTitle("Ikrar — Deklarasi (operator)")
    window.resize(1280, 720)
    window.show()
    _wait(app, 0.5)
    window.grab().save(str(out_dir / "deklarasi-page.png"))

    from desktop_app.services.signing.organizer_access import set_organizer_pin

    set_organizer_pin("246810")  # one monitor here: the kiosk needs the operator's way out
    page.ui.kioskButton.setChecked(True)  # operator starts kiosk mode
    kiosk = page.kiosk
    assert kiosk is not None
    _wait(app, 0.5)
    signer_name = page.ui.queueTable.item(0, 0).text()
    page.sign_selected()  # operator sends the first waiting attendee to the kiosk
    _wait(app, 0.8)
    screen = kiosk.screen_widget
    origin = screen.pad.mapToGlobal(QPoint(0, 0))
    for args in _signature_moves(origin):
        _xdotool(app, *args)
    _wait(app, 0.3)
    _click(app, screen.ui.consentCheck, left=True)
    _click(app, screen.ui.confirmCheck, left=True)
    kiosk.grab().save(str(out_dir / "kiosk-signing.png"))
    saved: list[str] = []
    kiosk.signed.connect(saved.append)
    _click(app, screen.ui.saveButton)
    deadline = time.monotonic() + 15
    while not saved and time.monotonic() < deadline:
        _wait(app, 0.05)
    if not saved:
        print("signature was not saved:", screen.ui.statusLabel.text())
        return 1
    kiosk.grab().save(str(out_dir / "kiosk-saved.png"))
    sig = Signature.get_by_id(saved[0])
    print(
        f"signed by {sig.signer_name} ({signer_name}), points: "
        f"{len(sig.strokes)} bytes of strokes, chain #{sig.chain_seq}"
    )
    page.ui.kioskButton.setChecked(False)  # only the operator ends kiosk mode
    _wait(app, 0.3)
    page.ui.tabs.setCurrentWidget(page.ui.textsTab)
    _wait(app, 0.3)
    window.grab().save(str(out_dir / "deklarasi-naskah.png"))
    page.ui.tabs.setCurrentWidget(page.ui.documentsTab)
    page.export("attendance", "pdf")
    deadline = time.monotonic() + 30
    while "Selesai" not in page.ui.exportStatusLabel.text() and time.monotonic() < deadline:
        _wait(app, 0.05)
    window.grab().save(str(out_dir / "deklarasi-dokumen.png"))
    page.ui.tabs.setCurrentWidget(page.ui.evidenceTab)
    page.verify_chain()
    deadline = time.monotonic() + 15
    while "utuh" not in page.ui.verifyResultLabel.text() and time.monotonic() < deadline:
        _wait(app, 0.05)
    window.grab().save(str(out_dir / "deklarasi-bukti.png"))

    from desktop_app.documents.signing.attendance_pdf import write_attendance_pdf

    pdf = out_dir / "daftar-hadir.pdf"
    write_attendance_pdf(event, pdf)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "1",
            str(pdf),
            str(out_dir / "daftar-hadir"),
        ],
        check=True,
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    print("signer in PDF:", sig.signer_name in text)
    QTimer.singleShot(0, app.quit)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
