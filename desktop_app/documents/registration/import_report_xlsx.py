"""Save an import report as a workbook the organizer can act on.

Three sheets: *Ringkasan* (counts), *Rincian* (row, status, column, reason) and
*Perbaiki* — the rejected rows with their original columns and the reason in front, so
the organizer fixes them there and imports that sheet again.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_app.documents.common.safe_cells import append_row
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.registration.attendee_import import ImportReport, RowStatus

STATUS_FILLS = {
    RowStatus.IMPORTED: "D9F2D9",
    RowStatus.UPDATED: "DCEBFA",
    RowStatus.SKIPPED: "EEEEEE",
    RowStatus.REJECTED: "F8D0D0",
    RowStatus.WARNING: "FCEBC5",
    RowStatus.NOT_READ: "E8E0F5",
}


def export_report_xlsx(report: ImportReport, path: Path) -> Path:
    """Write ``report`` to ``path`` (.xlsx) and return the path."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    bold = Font(bold=True)
    workbook = Workbook()
    summary = workbook.active
    summary.title = "Ringkasan"
    append_row(summary, ["Laporan impor peserta"])
    summary["A1"].font = Font(bold=True, size=14)
    append_row(summary, ["File", report.file_name])
    append_row(summary, ["Lembar", report.sheet_name])
    append_row(summary, ["Baris judul kolom", report.header_row])
    append_row(summary, ["Dibuat", dt.datetime.now().strftime("%d-%m-%Y %H.%M")])
    if report.dry_run:
        append_row(summary, ["Catatan", "Uji coba: tidak ada yang disimpan."])
    append_row(summary, [])
    for status, count in (
        (RowStatus.IMPORTED, report.imported),
        (RowStatus.UPDATED, report.updated),
        (RowStatus.SKIPPED, report.skipped),
        (RowStatus.REJECTED, report.rejected),
        (RowStatus.WARNING, report.warnings),
    ):
        append_row(summary, [status.label, count])
        summary.cell(summary.max_row, 1).fill = PatternFill("solid", fgColor=STATUS_FILLS[status])
    summary.column_dimensions["A"].width = 22
    summary.column_dimensions["B"].width = 50

    details = workbook.create_sheet("Rincian")
    append_row(details, ["Baris", "Status", "Kolom", "Alasan", "Nama"])
    for cell in details[1]:
        cell.font = bold
    for entry in report.lines:
        append_row(details, [entry.row, entry.status.label, entry.column, entry.reason, entry.name])
        details.cell(details.max_row, 2).fill = PatternFill(
            "solid", fgColor=STATUS_FILLS[entry.status]
        )
    for column, width in zip("ABCDE", (8, 13, 20, 90, 40), strict=True):
        details.column_dimensions[column].width = width
    details.freeze_panes = "A2"

    fix = workbook.create_sheet("Perbaiki")
    append_row(fix, ["Alasan ditolak", "Baris asal", *report.headers])
    for cell in fix[1]:
        cell.font = bold
    for number, values, reason in report.rejected_rows:
        # Identifiers go back as text so Excel does not damage them again.
        append_row(fix, [reason, number, *[_as_text(v) for v in values]])
    for row in fix.iter_rows(min_row=2):
        for cell in row[2:]:
            cell.number_format = "@"
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    fix.column_dimensions["A"].width = 60
    try:
        workbook.save(path)
    except OSError as exc:
        raise UserError(
            "import_report.cannot_save",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Laporan tidak dapat disimpan ke '{path}' ({reason}). "
                "Tutup file itu bila sedang dibuka di Excel.",
            ),
            path=str(path),
            reason=str(exc.strerror),
        ) from exc
    return path


def _as_text(value: object) -> object:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value
