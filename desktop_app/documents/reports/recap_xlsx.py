"""The dashboard recap as an Excel workbook (organizers report upward in Excel)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.documents.common.safe_cells import append_row
from desktop_app.models import Event
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.common.localtime import format_datetime
from desktop_app.services.reports.attendance_summary import AttendanceSummary, RecapRow

HEADERS = ["Kelompok", "Diundang", "Hadir", "% hadir", "Tanda tangan", "Sertifikat"]


def export_recap_xlsx(event: Event, summary: AttendanceSummary, path: Path) -> Path:
    """Write totals, per-category and per-institution sheets to ``path``."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    def rows(sheet, title: str, recap: list[RecapRow]) -> None:  # type: ignore[no-untyped-def]
        append_row(sheet, [title])
        append_row(sheet, [event.title])
        append_row(sheet, [f"{event.venue}, {format_datetime(event.starts_at, event.timezone)}"])
        append_row(sheet, [])
        append_row(sheet, HEADERS)
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        for row in [*recap, summary.total]:
            append_row(
                sheet,
                [
                    row.label,
                    row.invited,
                    row.present,
                    round(row.present_percent, 1),
                    row.signed,
                    row.certificates,
                ],
            )
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        sheet["A1"].font = Font(bold=True, size=13)
        sheet.column_dimensions["A"].width = 48

    workbook = Workbook()
    first = workbook.active
    first.title = "Per kategori"
    rows(first, "Rekapitulasi kehadiran per kategori", summary.by_category)
    rows(
        workbook.create_sheet("Per instansi"),
        "Rekapitulasi kehadiran per instansi",
        summary.by_institution,
    )
    path = Path(path)
    try:
        workbook.save(path)
    except OSError as exc:
        raise UserError(
            "recap.cannot_save",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "Rekap tidak dapat disimpan ke '{path}' ({reason})."
            ),
            path=str(path),
            reason=str(exc.strerror),
        ) from exc
    return path
