"""Peserta page with the import dialog, and the live dashboard, driven with pytest-qt."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from desktop_app.models import Attendee, Event
from desktop_app.paths import DataDir
from desktop_app.services.events.event_counts import event_counts
from desktop_app.services.registration.attendee_import import RowStatus
from desktop_app.ui.context import AppContext
from tests.factories import new_event

pytestmark = pytest.mark.gui


def messy_workbook(path: Path) -> Path:
    """Title rows, an unusual header, an Excel-damaged NIP, a duplicate and an empty row."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Undangan Kecamatan"
    sheet.append(["DAFTAR UNDANGAN SOSIALISASI NETRALITAS"])
    sheet.append(["Kecamatan Kupang Tengah"])
    sheet.append([])
    sheet.append(["No.", "Nama Peserta (dengan gelar)", "NIP", "Jabatan", "Unit Kerja", "HP"])
    rows = [
        [
            1,
            "Drs. Yohanes B. Nggadas, M.Si.",
            "198609142010011003",
            "Camat",
            "Kantor Camat Kupang Tengah",
            "081234567890",
        ],
        [2, "Hj. Siti Aminah, S.Pd.", "1.97512E+17", "Guru", "SDN Oelnasi", ""],
        [3, "Maria Theresia Bria", "199009132025242014", "Perawat", "Puskesmas Tarus", ""],
        [],
        [
            4,
            "Drs. Yohanes B. Nggadas, M.Si.",
            "198609142010011003",
            "Camat",
            "Kantor Camat Kupang Tengah",
            "081234567890",
        ],
        [5, "Agustina Seran", "", "Kepala Desa", "Desa Oelnasi", "085212345678"],
    ]
    for row in rows:
        sheet.append(row)
    for row in sheet.iter_rows(min_row=5):
        row[2].number_format = "@"
    workbook.save(path)
    return path


@pytest.fixture
def ctx(home: Path) -> AppContext:
    event = new_event(
        title="Sosialisasi Netralitas Kecamatan Kupang Tengah",
        organizer="Panwaslu Kecamatan",
        starts_local=dt.datetime(2024, 9, 19, 8),
        ends_local=dt.datetime(2024, 9, 19, 12),
        timezone="Asia/Makassar",
        venue="Aula Kantor Camat",
        city="Kupang",
    )
    context = AppContext(DataDir(home), operator="ani")
    context.set_event(event.id)
    return context


def test_import_dialog_mapping_dry_run_import_and_report(
    qtbot, ctx: AppContext, tmp_path: Path
) -> None:
    from desktop_app.ui.registration.attendees_page import AttendeesPage

    page = AttendeesPage(ctx)
    qtbot.addWidget(page)
    dialog = page.import_file(messy_workbook(tmp_path / "undangan.xlsx"))
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=5000)
    assert "baris 4" in dialog.ui.hintLabel.text()
    assert "perlu diperiksa" in dialog.ui.hintLabel.text()  # the name header was unsure
    assert dialog.ui.mappingTable.rowCount() == 6
    assert "Nggadas" in dialog.ui.mappingTable.item(1, 1).text()
    mapping = dialog.chosen_mapping().field_columns()
    assert mapping["full_name"] == 1 and mapping["nip"] == 2 and mapping["phone"] == 5

    with qtbot.waitSignal(dialog.finished_import, timeout=10000) as dry:
        qtbot.mouseClick(dialog.ui.dryRunButton, Qt.MouseButton.LeftButton)
    assert dry.args[0].dry_run and Attendee.select().count() == 0
    assert dialog.ui.importButton.isVisible() and "sekarang" in dialog.ui.importButton.text()

    with qtbot.waitSignal(dialog.finished_import, timeout=10000) as done:
        qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    report = done.args[0]
    assert (report.imported, report.rejected, report.skipped) == (3, 1, 1)
    assert Attendee.select().count() == 3
    assert "tersimpan" in dialog.ui.summaryLabel.text()
    # The table first shows what needs attention: the damaged NIP, with row and column.
    shown = dialog.model.lines
    assert [(line.row, line.status) for line in shown if line.status is RowStatus.REJECTED] == [
        (6, RowStatus.REJECTED)
    ]
    assert shown[0].column == "NIP" and "Excel" in shown[0].reason
    saved = dialog.export_report(tmp_path / "laporan.xlsx")
    assert saved is not None and openpyxl.load_workbook(saved)["Perbaiki"].max_row == 2
    qtbot.waitUntil(lambda: len(page.all_rows) == 3, timeout=5000)
    assert "3 peserta" in page.ui.countLabel.text()


def test_import_dialog_reports_unreadable_file(qtbot, ctx: AppContext, tmp_path: Path) -> None:
    from desktop_app.ui.registration.import_dialog import ImportDialog

    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(b"PK\x03\x04 this is not really a workbook")
    dialog = ImportDialog(ctx, bad)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert dialog.ui.errorLabel.isVisibleTo(dialog)
    assert "rusak" in dialog.ui.errorLabel.text()
    assert not dialog.ui.importButton.isEnabled()


def test_attendees_filter_and_invitations(
    qtbot, home: Path, demo_event: Event, tmp_path: Path
) -> None:
    from desktop_app.ui.registration.attendees_page import AttendeesPage

    ctx = AppContext(DataDir(home), operator="ani")
    ctx.set_event(demo_event.id)
    page = AttendeesPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: len(page.all_rows) == 40, timeout=5000)
    present = event_counts(demo_event).present
    page.ui.presenceFilter.setCurrentIndex(1)
    assert len(page.visible_rows()) == present
    page.ui.presenceFilter.setCurrentIndex(0)
    someone = page.all_rows[5]
    qtbot.keyClicks(page.ui.filterEdit, someone.code)
    assert [r.id for r in page.visible_rows()] == [someone.id]
    assert all("*" in r.identifier for r in page.all_rows if r.identifier.startswith("NIK"))
    pdf = tmp_path / "kartu.pdf"
    messages: list[str] = []
    ctx.status_message.connect(messages.append)
    page.make_invitations(pdf, "badge")
    qtbot.waitUntil(lambda: any("disimpan" in m for m in messages), timeout=10000)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_dashboard_follows_checkins(qtbot, home: Path, demo_event: Event) -> None:
    from desktop_app.ui.registration.checkin_page import CheckinPage
    from desktop_app.ui.reports.reports_page import ReportsPage

    ctx = AppContext(DataDir(home), operator="ani")
    ctx.set_event(demo_event.id)
    reports = ReportsPage(ctx)
    qtbot.addWidget(reports)
    qtbot.waitUntil(lambda: reports.summary is not None, timeout=5000)
    before = event_counts(demo_event)
    assert reports.summary.total.invited == before.attendees == 40
    assert reports.summary.total.present == before.present
    assert sum(r.present for r in reports.summary.by_category) == before.present
    assert sum(r.invited for r in reports.summary.by_institution) == 40
    assert reports.cards["present"].value.text() == str(before.present)
    checkin = CheckinPage(ctx)
    qtbot.addWidget(checkin)
    from desktop_app.services.events.presence import present_attendee_ids

    absent = Attendee.select().where(
        (Attendee.event == demo_event) & Attendee.id.not_in(present_attendee_ids(demo_event))
    )
    for person in list(absent)[:3]:
        with qtbot.waitSignal(checkin.checked_in, timeout=5000):
            checkin.handle_scanned(person.code)
    qtbot.waitUntil(
        lambda: reports.cards["present"].value.text() == str(before.present + 3), timeout=5000
    )
    assert event_counts(demo_event).present == before.present + 3
    out = reports.export(home / "rekap.xlsx")
    assert out is not None and openpyxl.load_workbook(out).sheetnames == [
        "Per kategori",
        "Per instansi",
    ]


def test_crafted_workbook_is_a_message_in_the_dialog_and_the_app_lives_on(
    qtbot, ctx: AppContext, tmp_path: Path
) -> None:
    # Before: the far cell made calamine abort the whole GUI process (SIGABRT).
    from desktop_app.ui.registration.attendees_page import AttendeesPage
    from tests.hostile_files import far_cell_xlsx

    page = AttendeesPage(ctx)
    qtbot.addWidget(page)
    dialog = page.import_file(far_cell_xlsx(tmp_path / "jauh.xlsx"))
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.isVisible(), timeout=20000)
    assert "200000 baris" in dialog.ui.errorLabel.text()
    assert dialog.data is None
    # The page goes on importing: a good file reads as before.
    good = page.import_file(messy_workbook(tmp_path / "undangan.xlsx"))
    qtbot.waitUntil(lambda: good.data is not None, timeout=20000)
    assert good.ui.mappingTable.rowCount() == 6


def test_import_dialog_says_a_nip_column_is_mixed_nip_nrp(
    qtbot, ctx: AppContext, tmp_path: Path
) -> None:
    from desktop_app.ui.registration.attendees_page import AttendeesPage

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Nama", "NIP", "Jabatan"])
    sheet.append(["Drs. Yohanes B. Nggadas", "198609142010011003", "Camat"])
    sheet.append(["Bripka Andreas Lobo", "86090123", "Bripka"])
    for row in sheet.iter_rows(min_col=2, max_col=2):
        row[0].number_format = "@"
    path = tmp_path / "campuran.xlsx"
    workbook.save(path)
    page = AttendeesPage(ctx)
    qtbot.addWidget(page)
    dialog = page.import_file(path)
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=5000)
    assert "NIP/NRP campuran" in dialog.ui.hintLabel.text()
    assert dialog.chosen_mapping().field_columns()["identifier"] == 1
    assert "NRP" in dialog.ui.mappingTable.item(1, 0).toolTip()
    with qtbot.waitSignal(dialog.finished_import, timeout=10000) as done:
        qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    assert (done.args[0].imported, done.args[0].rejected) == (2, 0)
