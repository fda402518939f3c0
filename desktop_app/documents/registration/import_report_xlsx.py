"""Save an import report as a workbook the organizer can act on.

Three sheets: *Ringkasan* (counts), *Rincian* (row, status, column, reason) and
*Perbaiki* — the rejected rows with their original columns and the reason in front, so
the organizer fixes them there and imports that sheet again.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.registration.attendee_import import ImportReport, RowStatus

STATUS_FILLS = {
    RowStatus.IMPORTED: "D9F2D9",
    RowStatus.UPDATED: "DCEBFA",
    RowStatus.SKIPPED: "EEEEEE",
    RowStatus.REJECTED: "F8D0D0",
    RowStatus.WARNING: "FCEBC5",
    RowStatus.HEADER: "E8E0F5",
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
    summary.append(["Laporan impor peserta"])
    summary["A1"].font = Font(bold=True, size=14)
    summary.append(["File", report.file_name])
    summary.append(["Lembar", report.sheet_name])
    summary.append(["Baris judul kolom", report.header_row])
    summary.append(["Dibuat", dt.datetime.now().strftime("%d-%m-%Y %H.%M")])
    if report.dry_run:
        summary.append(["Catatan", "Uji coba: tidak ada yang disimpan."])
    summary.append([])
    for status, count in (
        (RowStatus.IMPORTED, report.imported),
        (RowStatus.UPDATED, report.updated),
        (RowStatus.SKIPPED, report.skipped),
        (RowStatus.REJECTED, report.rejected),
        (RowStatus.WARNING, report.warnings),
    ):
        summary.append([status.label, count])
        summary.cell(summary.max_row, 1).fill = PatternFill("solid", fgColor=STATUS_FILLS[status])
    summary.column_dimensions["A"].width = 22
    summary.column_dimensions["B"].width = 50

    details = workbook.create_sheet("Rincian")
    details.append(["Baris", "Status", "Kolom", "Alasan", "Nama"])
    for cell in details[1]:
        cell.font = bold
    for entry in report.lines:
        details.append([entry.row, entry.status.label, entry.column, entry.reason, entry.name])
        details.cell(details.max_row, 2).fill = PatternFill(
            "solid", fgColor=STATUS_FILLS[entry.status]
        )
    for column, width in zip("ABCDE", (8, 13, 20, 90, 40), strict=True):
        details.column_dimensions[column].width = width
    details.freeze_panes = "A2"

    fix = workbook.create_sheet("Perbaiki")
    fix.append(["Alasan ditolak", "Baris asal", *report.headers])
    for cell in fix[1]:
        cell.font = bold
    for number, values, reason in report.rejected_rows:
        # Identifiers go back as text so Excel does not damage them again.
        fix.append([reason, number, *[_as_text(v) for v in values]])
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
