"""Document and evidence subcommands: export (PDF, xlsx, csv), verify-log, organizer-pin."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from desktop_app.bootstrap import open_home
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError

WHAT_FILES = {
    "attendance": "daftar-hadir",
    "statements": "surat-pernyataan",
    "declaration": "naskah-deklarasi",
}


def register(subparsers: Any) -> None:
    export = subparsers.add_parser(
        "export",
        help="buat dokumen acara: daftar hadir, surat pernyataan, naskah deklarasi, spreadsheet",
        description="Contoh: ikrar export ABC123 --what attendance --out daftar-hadir.pdf; "
        "ikrar export ABC123 --format xlsx --out rekap.xlsx",
    )
    export.add_argument("event", metavar="ACARA", help="kode acara")
    export.add_argument(
        "--what",
        choices=sorted(WHAT_FILES),
        default=None,
        help="dokumen PDF: attendance (daftar hadir), statements (surat "
        "pernyataan), declaration (naskah deklarasi)",
    )
    export.add_argument(
        "--format",
        choices=["pdf", "xlsx", "csv"],
        default=None,
        help="pdf (bawaan) atau spreadsheet xlsx/csv berisi status hadir dan tanda tangan",
    )
    export.add_argument(
        "--attendee", metavar="KODE", help="hanya surat pernyataan peserta ini (kode undangan)"
    )
    export.add_argument(
        "--out", metavar="BERKAS", help="berkas keluaran (bawaan: folder documents di folder data)"
    )
    export.set_defaults(handler=run_export)

    verify = subparsers.add_parser(
        "verify-log",
        help="periksa rantai bukti tanda tangan (exit 0 utuh, 1 rusak)",
    )
    verify.add_argument("event", metavar="ACARA", help="kode acara")
    verify.set_defaults(handler=run_verify_log)

    pin = subparsers.add_parser(
        "organizer-pin", help="atur PIN penyelenggara (akses data goresan tanda tangan)"
    )
    pin.set_defaults(handler=run_organizer_pin)


def run_export(args: argparse.Namespace) -> int:
    from desktop_app.services.events.event_store import get_event

    home = open_home(args.home)
    event = get_event(args.event)
    fmt = args.format or "pdf"
    if fmt != "pdf" and args.what not in (None, "attendance"):
        raise UserError(
            "export.format_only_attendance",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "Format xlsx/csv hanya untuk daftar hadir (--what attendance)."
            ),
        )
    what = args.what or "attendance"
    attendee_ids = None
    if args.attendee:
        from desktop_app.models import Attendee

        if what != "statements":
            raise UserError(
                "export.attendee_only_statements",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "--attendee hanya untuk surat pernyataan (--what statements).",
                ),
            )
        attendee = Attendee.get_or_none(
            (Attendee.code == args.attendee.strip().upper()) & (Attendee.event == event)
        )
        if attendee is None:
            raise UserError(
                "export.unknown_attendee",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages", "Peserta dengan kode '{code}' tidak ada pada acara ini."
                ),
                code=args.attendee,
            )
        attendee_ids = [attendee.id]
    suffix = f".{fmt}"
    default_name = f"{event.code}-{WHAT_FILES[what]}{suffix}"
    out = Path(args.out) if args.out else home.documents / default_name
    if out.exists() and out.is_dir():
        out = out / default_name
    try:
        summary = export_document(event, what, fmt, out, attendee_ids=attendee_ids)
    except PermissionError as exc:
        raise UserError(
            "file.in_use",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Berkas '{path}' tidak dapat ditulis (mungkin sedang dibuka di aplikasi lain).",
            ),
            path=str(out),
        ) from exc
    except OSError as exc:
        raise UserError(
            "file.cannot_write_reason",
            QT_TRANSLATE_NOOP("ServiceMessages", "Berkas '{path}' tidak dapat ditulis: {reason}."),
            path=str(out),
            reason=str(exc.strerror),
        ) from exc
    print(f"{out}  ({summary})")
    return 0


def export_document(
    event: Any,
    what: str,
    fmt: str,
    out: Path,
    progress: Any = None,
    cancelled: Any = None,
    attendee_ids: list[str] | None = None,
) -> str:
    """Write one document; returns a short Indonesian summary (shared with the GUI)."""
    if fmt in ("xlsx", "csv"):
        from desktop_app.documents.reports.attendance_sheet import write_attendance_sheet

        return f"{write_attendance_sheet(event, out, fmt)} peserta"
    if what == "attendance":
        from desktop_app.documents.signing.attendance_pdf import write_attendance_pdf

        pages = write_attendance_pdf(event, out, progress=progress, cancelled=cancelled)
        return f"{pages} halaman"
    if what == "statements":
        from desktop_app.documents.signing.statements_pdf import write_statements_pdf

        count = write_statements_pdf(
            event, out, progress=progress, cancelled=cancelled, attendee_ids=attendee_ids
        )
        return f"{count} surat pernyataan"
    from desktop_app.documents.signing.statements_pdf import write_declaration_pdf

    return f"{write_declaration_pdf(event, out)} pejabat telah menandatangani"


def run_verify_log(args: argparse.Namespace) -> int:
    from desktop_app.services.events.event_store import get_event
    from desktop_app.services.signing.signature_evidence import verify_chain

    open_home(args.home)
    event = get_event(args.event)
    report = verify_chain(event)
    if report.ok:
        print(report.message())
        return 0
    for extra in report.broken[1:]:
        print(f"juga rusak: {extra.describe()}")
    print(f"ikrar: {report.message()}", file=sys.stderr)
    return 1


def run_organizer_pin(args: argparse.Namespace) -> int:
    from desktop_app.services.signing.organizer_access import has_organizer_pin, set_organizer_pin

    open_home(args.home)
    current = getpass.getpass("PIN saat ini: ") if has_organizer_pin() else ""
    new = getpass.getpass("PIN baru (minimal 6 karakter): ")
    if getpass.getpass("Ulangi PIN baru: ") != new:
        raise UserError(
            "organizer.pin_mismatch",
            QT_TRANSLATE_NOOP("ServiceMessages", "Kedua PIN baru tidak sama."),
        )
    set_organizer_pin(new, current)
    print("PIN penyelenggara tersimpan.")
    return 0
