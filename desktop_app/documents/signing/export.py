"""Write one event document: the one use case behind ``ikrar export`` and the Dokumen tab.

Daftar hadir, surat pernyataan and naskah deklarasi as PDF, or the attendance and
signature status as a spreadsheet (xlsx/csv). Callers choose the kind, format and file;
this module picks the writer, the default file name and turns file-system failures into
one clear message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError, file_write_error

if TYPE_CHECKING:  # the CLI imports this module to list its choices: keep that cheap
    from desktop_app.models import Attendee, Event

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class DocumentKind(StrEnum):
    ATTENDANCE = "attendance"  # daftar hadir
    STATEMENTS = "statements"  # surat pernyataan, one per signed attendee
    DECLARATION = "declaration"  # naskah deklarasi kolektif


class FileFormat(StrEnum):
    PDF = "pdf"
    XLSX = "xlsx"
    CSV = "csv"


SPREADSHEET_FORMATS = frozenset({FileFormat.XLSX, FileFormat.CSV})
FILE_STEMS = {
    DocumentKind.ATTENDANCE: "daftar-hadir",
    DocumentKind.STATEMENTS: "surat-pernyataan",
    DocumentKind.DECLARATION: "naskah-deklarasi",
}


@dataclass(frozen=True)
class ExportResult:
    """What was written; ``count`` is pages (daftar hadir PDF), attendee rows (spreadsheet),
    statements, or officials who signed the declaration, as ``unit`` says."""

    path: Path
    kind: DocumentKind
    fmt: FileFormat
    count: int

    @property
    def unit(self) -> str:
        if self.fmt in SPREADSHEET_FORMATS:
            return "attendees"
        return {
            DocumentKind.ATTENDANCE: "pages",
            DocumentKind.STATEMENTS: "statements",
            DocumentKind.DECLARATION: "officials",
        }[self.kind]

    def summary(self) -> str:
        """Indonesian one-liner for the command line (the GUI words it through ``tr``)."""
        return {
            "attendees": f"{self.count} peserta",
            "pages": f"{self.count} halaman",
            "statements": f"{self.count} surat pernyataan",
            "officials": f"{self.count} pejabat telah menandatangani",
        }[self.unit]


def default_file_name(event_code: str, kind: DocumentKind, fmt: FileFormat) -> str:
    """``ABC123-daftar-hadir.pdf``: where a document goes when no file is named."""
    return f"{event_code}-{FILE_STEMS[kind]}.{fmt}"


def output_path(
    out: Path | None, documents: Path, event_code: str, kind: DocumentKind, fmt: FileFormat
) -> Path:
    """The file to write: ``out``, a default name inside ``out`` if it is a folder, or the
    default name in the data directory's ``documents`` folder."""
    name = default_file_name(event_code, kind, fmt)
    if out is None:
        return documents / name
    return out / name if out.is_dir() else out


def attendee_by_code(event: Event, code: str) -> Attendee:
    """The attendee of ``event`` with this invitation code (for a single statement)."""
    from desktop_app.models import Attendee

    attendee = Attendee.get_or_none(
        (Attendee.code == code.strip().upper()) & (Attendee.event == event)
    )
    if attendee is None:
        raise UserError(
            "export.unknown_attendee",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "Peserta dengan kode '{code}' tidak ada pada acara ini."
            ),
            code=code,
        )
    return attendee


def export_document(
    event: Event,
    kind: DocumentKind | str,
    fmt: FileFormat | str,
    out: Path,
    *,
    attendee_ids: list[str] | None = None,
    niks: dict[str, str] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Write one document to ``out``. Spreadsheets hold the attendance list only;
    ``attendee_ids`` limits the statements; ``niks`` (opened clear NIKs by attendee id) adds
    a NIK column to a spreadsheet. Raises ``UserError`` when the file cannot be
    written and ``ExportCancelled`` when ``cancelled()`` turned true."""
    kind, fmt = DocumentKind(kind), FileFormat(fmt)
    if fmt in SPREADSHEET_FORMATS and kind is not DocumentKind.ATTENDANCE:
        raise ValueError("spreadsheets hold the attendance list only")
    if niks is not None and fmt not in SPREADSHEET_FORMATS:
        raise ValueError("the NIK is exported in spreadsheets only")
    try:
        count = _write(event, kind, fmt, out, attendee_ids, niks, progress, cancelled)
    except OSError as exc:
        raise file_write_error(out, exc) from exc
    return ExportResult(out, kind, fmt, count)


def _write(
    event: Event,
    kind: DocumentKind,
    fmt: FileFormat,
    out: Path,
    attendee_ids: list[str] | None,
    niks: dict[str, str] | None,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> int:
    if fmt in SPREADSHEET_FORMATS:
        from desktop_app.documents.signing.attendance_sheet import write_attendance_sheet

        return write_attendance_sheet(event, out, fmt.value, niks)
    if kind is DocumentKind.ATTENDANCE:
        from desktop_app.documents.signing.attendance_pdf import write_attendance_pdf

        return write_attendance_pdf(event, out, progress=progress, cancelled=cancelled)
    if kind is DocumentKind.STATEMENTS:
        from desktop_app.documents.signing.statements_pdf import write_statements_pdf

        return write_statements_pdf(
            event, out, progress=progress, cancelled=cancelled, attendee_ids=attendee_ids
        )
    from desktop_app.documents.signing.statements_pdf import write_declaration_pdf

    return write_declaration_pdf(event, out)
