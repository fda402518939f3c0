"""Certificates and Verifikasi pages driven offscreen with pytest-qt."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter

from desktop_app.models import Event, PrintRecord
from desktop_app.paths import DataDir
from desktop_app.services.certificates import issuing as C
from desktop_app.services.certificates.token import token_url
from tests.cert_helpers import attend, plain_event


@pytest.fixture
def cert_event(home: Path):  # type: ignore[no-untyped-def]
    """A fresh event without demo activity (see ``plain_event``)."""
    return plain_event()


pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(home: Path, cert_event, qtbot):  # type: ignore[no-untyped-def]
    from desktop_app.ui.context import AppContext

    attend(cert_event, 6)
    context = AppContext(DataDir(home), operator="meja-1")
    context.set_event(cert_event.id)
    return context


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(
        next(line.split()[-1] for line in info.stdout.splitlines() if line.startswith("Pages:"))
    )


def test_generate_print_and_reprint(ctx, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.certificates.certificates_page import CertificatesPage

    page = CertificatesPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 6, timeout=5000)
    assert page.model.index(0, 2).data() == "Belum diterbitkan"
    out = tmp_path / "semua.pdf"
    page.generate(out, everyone=True)
    qtbot.waitUntil(lambda: getattr(page, "last_result", None) is not None, timeout=20000)
    assert page.last_result.count == 6 and _pages(out) == 6
    qtbot.waitUntil(lambda: page.model.index(0, 2).data() == "Diterbitkan", timeout=5000)

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "cetak.pdf"
    printer.setOutputFileName(str(printed))
    page.ui.table.selectRow(0)
    page.print_to(printer)
    qtbot.waitUntil(lambda: getattr(page, "printed_pages", None) == 1, timeout=20000)
    assert printed.exists() and _pages(printed) == 1
    first = list(PrintRecord.select())
    assert len(first) == 1 and not first[0].reprint
    chosen = page.selected_rows()[0]["attendee_id"]
    # The list refreshes after printing (print count 1) and keeps the operator's selection.
    qtbot.waitUntil(lambda: any(r["prints"] == 1 for r in page._rows), timeout=5000)
    assert [r["attendee_id"] for r in page.selected_rows()] == [chosen]
    page.printed_pages = None
    page.print_to(printer)
    qtbot.waitUntil(lambda: page.printed_pages == 1, timeout=20000)
    records = list(PrintRecord.select().order_by(PrintRecord.printed_at))
    assert [r.reprint for r in records] == [False, True]
    assert records[0].certificate_id == records[1].certificate_id  # same number reprinted

    page.ui.table.selectRow(0)
    number = page.selected_rows()[0]["number"]
    assert page.revoke(number, "data keliru")
    qtbot.waitUntil(lambda: any(r["status"] == "Dicabut" for r in page._rows), timeout=5000)


def test_template_editor_drag_moves_field_and_saves(ctx, qtbot, home: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.certificates.certificate_canvas import field_rect_mm
    from desktop_app.ui.certificates.certificates_page import CertificatesPage

    page = CertificatesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.ui.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: getattr(page, "preview_generation", 0) >= 1, timeout=15000)
    holder = page.template.field("holder")
    before = (holder["x"], holder["y"])
    canvas = page.canvas
    start = canvas.to_widget(field_rect_mm(holder)).center().toPoint()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, start + QPoint(40, 25))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=start + QPoint(40, 25))
    assert page.ui.fieldCombo.currentData() == "holder"
    assert holder["x"] > before[0] + 5 and holder["y"] > before[1] + 3
    page.ui.sizeSpin.setValue(24)
    assert holder["size"] == 24
    qtbot.waitUntil(lambda: page.preview_generation >= 2, timeout=15000)
    name = page.save_template()
    event = Event.get_by_id(ctx.event_id)
    assert event.certificate_template == name
    saved = json.loads((home / "templates" / name / "layout.json").read_text(encoding="utf-8"))
    moved = next(f for f in saved["fields"] if f["key"] == "holder")
    assert (moved["x"], moved["y"], moved["size"]) == (holder["x"], holder["y"], 24)
    assert (home / "templates" / name / "background.jpg").exists()


def test_verify_page_scanner_and_file(ctx, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.documents.certificates.certificate_batch import certificate_pdf
    from desktop_app.ui.certificates.verify_page import VerifyPage

    event = ctx.current_event()
    cert = C.issue_missing(event)[0]
    page = VerifyPage(ctx)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.ui.tokenEdit, token_url(cert.token, event.verify_base_url).lower())
    qtbot.keyClick(page.ui.tokenEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.last is not None, timeout=5000)
    assert page.last["ok"] and page.ui.holderValue.text() == cert.holder_name
    assert "daftar pencabutan per" in page.ui.messageLabel.text()
    assert "SAH" in page.ui.verdictLabel.text()
    page.last = None
    middle = len(cert.token) // 2
    swapped = "Q" if cert.token[middle] != "Q" else "R"  # always a real change
    page.ui.tokenEdit.setText(cert.token[:middle] + swapped + cert.token[middle + 1 :])
    qtbot.keyClick(page.ui.tokenEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.last is not None, timeout=5000)
    assert not page.last["ok"] and "TIDAK SAH" in page.ui.verdictLabel.text()
    pdf = tmp_path / "s.pdf"
    pdf.write_bytes(certificate_pdf(cert))
    page.last = None
    page.check_file(pdf)
    qtbot.waitUntil(lambda: page.last is not None, timeout=10000)
    assert page.last["ok"] and page.ui.numberValue.text() == cert.number


def test_list_filters_by_text_and_status(ctx, cert_event, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.models import Attendee
    from desktop_app.ui.certificates.certificates_page import CertificatesPage

    page = CertificatesPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 6, timeout=5000)
    first_two = [Attendee.get_by_id(r["attendee_id"]) for r in page._rows[:2]]
    C.issue_missing(cert_event, "meja-1", first_two)
    ctx.notify("certificates")
    qtbot.waitUntil(
        lambda: sum(r["status"] == "Diterbitkan" for r in page._rows) == 2, timeout=5000
    )
    page.ui.filterCombo.setCurrentIndex(page.ui.filterCombo.findData("Diterbitkan"))
    assert page.proxy.rowCount() == 2
    assert {page.proxy.index(r, 2).data() for r in range(2)} == {"Diterbitkan"}
    page.ui.filterCombo.setCurrentIndex(page.ui.filterCombo.findData("Belum diterbitkan"))
    assert page.proxy.rowCount() == 4
    name = page._rows[3]["name"]
    qtbot.keyClicks(page.ui.searchEdit, name.split()[-1].upper())  # any case, any column
    assert name in [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert all(
        page.proxy.index(r, 2).data() == "Belum diterbitkan" for r in range(page.proxy.rowCount())
    )
    page.ui.filterCombo.setCurrentIndex(page.ui.filterCombo.findData("Semua"))
    page.ui.searchEdit.clear()
    assert page.proxy.rowCount() == 6
    page.ui.table.selectRow(3)
    assert [r["name"] for r in page.selected_rows()] == [name]
