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
from desktop_app.services.certificates.issuing import get_certificate, is_revoked
from desktop_app.services.certificates.token import token_url
from tests.factories import attend, certify

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
    certificates = page.list
    qtbot.waitUntil(lambda: certificates.model.rowCount() == 6, timeout=5000)
    assert certificates.model.index(0, 2).data() == "Belum diterbitkan"
    out = tmp_path / "semua.pdf"
    certificates.generate(out, everyone=True)
    qtbot.waitUntil(lambda: certificates.last_result is not None, timeout=20000)
    assert certificates.last_result.count == 6 and _pages(out) == 6
    qtbot.waitUntil(lambda: certificates.model.index(0, 2).data() == "Diterbitkan", timeout=5000)

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "cetak.pdf"
    printer.setOutputFileName(str(printed))
    certificates.ui.table.selectRow(0)
    certificates.print_to(printer)
    qtbot.waitUntil(lambda: certificates.printed_pages == 1, timeout=20000)
    assert printed.exists() and _pages(printed) == 1
    first = list(PrintRecord.select())
    assert len(first) == 1 and not first[0].reprint
    chosen = certificates.selected_rows()[0]["attendee_id"]
    assert first[0].certificate_id == certificates.selected_rows()[0]["certificate_id"]
    # The list refreshes after printing (print count 1) and keeps the operator's selection.
    qtbot.waitUntil(lambda: any(r["prints"] == 1 for r in certificates._rows), timeout=5000)
    assert [r["attendee_id"] for r in certificates.selected_rows()] == [chosen]
    certificates.printed_pages = None
    certificates.print_to(printer)
    qtbot.waitUntil(lambda: certificates.printed_pages == 1, timeout=20000)
    records = list(PrintRecord.select().order_by(PrintRecord.printed_at))
    assert [r.reprint for r in records] == [False, True]
    assert records[0].certificate_id == records[1].certificate_id  # same number reprinted

    certificates.ui.table.selectRow(0)
    number = certificates.selected_rows()[0]["number"]
    certificates.revoke(number, "data keliru")
    qtbot.waitUntil(
        lambda: any(
            certificates.model.index(r, 2).data() == "Dicabut"
            for r in range(certificates.model.rowCount())
        ),
        timeout=5000,
    )
    assert is_revoked(get_certificate(number))
    # The filter works on the status code; the table shows the word.
    certificates.ui.filterCombo.setCurrentIndex(certificates.ui.filterCombo.findText("Dicabut"))
    shown = [
        r for r in range(certificates.proxy.rowCount()) if not certificates.ui.table.isRowHidden(r)
    ]
    assert [certificates.proxy.index(r, 2).data() for r in shown] == ["Dicabut"]


def test_generate_selected_issues_only_their_numbers(ctx, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Only the chosen rows get numbers (issued on the write path), and only they render."""
    from desktop_app.models import Certificate
    from desktop_app.ui.certificates.certificates_page import CertificatesPage

    page = CertificatesPage(ctx)
    qtbot.addWidget(page)
    certificates = page.list
    qtbot.waitUntil(lambda: certificates.model.rowCount() == 6, timeout=5000)
    certificates.ui.table.selectRow(2)
    chosen = certificates.selected_rows()[0]["attendee_id"]
    certificates.generate(tmp_path / "satu.pdf", everyone=False)
    qtbot.waitUntil(lambda: certificates.last_result is not None, timeout=20000)
    assert certificates.last_result.count == 1 and _pages(tmp_path / "satu.pdf") == 1
    assert [c.attendee_id for c in Certificate.select()] == [chosen]


def test_template_editor_drag_moves_field_and_saves(ctx, qtbot, home: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.certificates.certificate_canvas import field_rect_mm
    from desktop_app.ui.certificates.certificates_page import CertificatesPage

    page = CertificatesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.ui.tabs.setCurrentIndex(1)
    editor = page.editor
    qtbot.waitUntil(lambda: editor.preview_generation >= 1, timeout=15000)
    holder = editor.template.field("holder")
    before = (holder["x"], holder["y"])
    canvas = editor.canvas
    start = canvas.to_widget(field_rect_mm(holder)).center().toPoint()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, start + QPoint(40, 25))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=start + QPoint(40, 25))
    assert editor.ui.fieldCombo.currentData() == "holder"
    assert holder["x"] > before[0] + 5 and holder["y"] > before[1] + 3
    editor.ui.sizeSpin.setValue(24)
    assert holder["size"] == 24
    qtbot.waitUntil(lambda: editor.preview_generation >= 2, timeout=15000)
    with qtbot.waitSignal(editor.template_saved, timeout=10000) as saved:
        qtbot.mouseClick(editor.ui.saveTemplateButton, Qt.MouseButton.LeftButton)
    name = saved.args[0]
    event = Event.get_by_id(ctx.event_id)
    assert event.certificate_template == name == f"klasik-acara-{event.code}"
    saved_layout = json.loads(
        (home / "templates" / name / "layout.json").read_text(encoding="utf-8")
    )
    moved = next(f for f in saved_layout["fields"] if f["key"] == "holder")
    assert (moved["x"], moved["y"], moved["size"]) == (holder["x"], holder["y"], 24)
    assert (home / "templates" / name / "background.jpg").exists()
    assert editor.ui.templateCombo.currentData() == name  # the list offers the saved one


def test_verify_page_scanner_and_file(ctx, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.documents.certificates.certificate_batch import certificate_pdf
    from desktop_app.ui.certificates.verify_page import VerifyPage

    event = ctx.current_event()
    cert = certify(event)[0]
    page = VerifyPage(ctx)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.ui.tokenEdit, token_url(cert.token, event.verify_base_url).lower())
    qtbot.keyClick(page.ui.tokenEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.last is not None, timeout=5000)
    assert page.last.ok and page.ui.holderValue.text() == cert.holder_name
    assert "daftar pencabutan per" in page.ui.messageLabel.text()
    assert "SAH" in page.ui.verdictLabel.text()
    page.last = None
    middle = len(cert.token) // 2
    swapped = "Q" if cert.token[middle] != "Q" else "R"  # always a real change
    page.ui.tokenEdit.setText(cert.token[:middle] + swapped + cert.token[middle + 1 :])
    qtbot.keyClick(page.ui.tokenEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.last is not None, timeout=5000)
    assert not page.last.ok and "TIDAK SAH" in page.ui.verdictLabel.text()
    assert page.ui.holderValue.text() == "—"  # a forged code's claims are not shown
    pdf = tmp_path / "s.pdf"
    pdf.write_bytes(certificate_pdf(cert))
    page.last = None
    page.check_file(pdf)
    qtbot.waitUntil(lambda: page.last is not None, timeout=10000)
    assert page.last.ok and page.ui.numberValue.text() == cert.number


def test_list_filters_by_text_and_status(ctx, cert_event, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The list is a model filtered in place: by status code (words shown) and typed text."""
    from desktop_app.models import Attendee
    from desktop_app.services.certificates.issuing import issue_missing
    from desktop_app.ui.certificates.certificates_page import CertificatesPage

    page = CertificatesPage(ctx)
    qtbot.addWidget(page)
    listing = page.list
    qtbot.waitUntil(lambda: listing.model.rowCount() == 6, timeout=5000)
    first_two = [Attendee.get_by_id(r["attendee_id"]) for r in listing._rows[:2]]
    issue_missing(cert_event, "meja-1", first_two)
    ctx.notify("certificates")
    qtbot.waitUntil(lambda: sum(r["status"] == "issued" for r in listing._rows) == 2, timeout=5000)
    listing.ui.filterCombo.setCurrentIndex(listing.ui.filterCombo.findData("issued"))
    assert listing.proxy.rowCount() == 2
    assert {listing.proxy.index(r, 2).data() for r in range(2)} == {"Diterbitkan"}
    listing.ui.filterCombo.setCurrentIndex(listing.ui.filterCombo.findData("not_issued"))
    assert listing.proxy.rowCount() == 4
    name = listing._rows[3]["name"]
    qtbot.keyClicks(listing.ui.searchEdit, name.split()[-1].upper())  # any case, any column
    shown = [listing.proxy.index(r, 0).data() for r in range(listing.proxy.rowCount())]
    assert name in shown
    assert all(
        listing.proxy.index(r, 2).data() == "Belum diterbitkan"
        for r in range(listing.proxy.rowCount())
    )
    listing.ui.filterCombo.setCurrentIndex(listing.ui.filterCombo.findData(""))
    listing.ui.searchEdit.clear()
    assert listing.proxy.rowCount() == 6
    listing.ui.table.selectRow(3)
    assert [r["name"] for r in listing.selected_rows()] == [name]


def test_a_batch_pdf_shows_every_certificate_in_verifikasi(ctx, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.documents.certificates.certificate_batch import generate
    from desktop_app.ui.certificates.verify_page import VerifyPage

    event = ctx.current_event()
    certs = certify(event)
    assert len(certs) >= 3
    pdf = tmp_path / "batch.pdf"
    generate(event, certs, pdf, processes=1)
    page = VerifyPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.check_file(pdf)
    qtbot.waitUntil(lambda: page.filesList.count() == len(certs), timeout=20_000)
    assert page.filesList.isVisible()
    summary = page.filesSummary.text()
    assert f"{len(certs)} sertifikat" in summary and f"{len(certs)} sah" in summary
    listed = [page.filesList.item(i).text() for i in range(page.filesList.count())]
    for cert in certs:  # each certificate of the file has its line
        assert any(cert.number in line and cert.holder_name in line for line in listed)
    page.filesList.setCurrentRow(2)  # another certificate of the file: its details shown
    shown = page.ui.numberValue.text()
    assert shown in listed[2] and page.last.ok
