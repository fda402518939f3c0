"""Document and evidence subcommands: export (PDF, xlsx, csv), verify-log, organizer-pin."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from desktop_app.bootstrap import open_home
from desktop_app.documents.signing.export import DocumentKind, FileFormat
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError


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
        choices=sorted(kind.value for kind in DocumentKind),
        default=None,
        help="dokumen PDF: attendance (daftar hadir), statements (surat "
        "pernyataan), declaration (naskah deklarasi)",
    )
    export.add_argument(
        "--format",
        choices=[fmt.value for fmt in FileFormat],
        default=None,
        help="pdf (bawaan) atau spreadsheet xlsx/csv berisi status hadir dan tanda tangan",
    )
    export.add_argument(
        "--attendee", metavar="KODE", help="hanya surat pernyataan peserta ini (kode undangan)"
    )
    export.add_argument(
        "--out", metavar="BERKAS", help="berkas keluaran (bawaan: folder documents di folder data)"
    )
    export.add_argument(
        "--with-nik",
        action="store_true",
        help="tambahkan kolom NIK lengkap ke xlsx/csv (hanya di folder yang menyimpan kunci "
        "induk penyelenggara: hub atau laptop penyelenggara)",
    )
    export.set_defaults(handler=run_export)

    verify = subparsers.add_parser(
        "verify-log",
        help="periksa rantai bukti tanda tangan (exit 0 utuh, 1 rusak)",
    )
    verify.add_argument("event", metavar="ACARA", help="kode acara")
    verify.add_argument(
        "--head",
        action="append",
        default=[],
        metavar="IKRAR-HEAD:…",
        help="kepala rantai yang tercetak di dokumen (saksi; boleh berulang)",
    )
    verify.add_argument("--offline", action="store_true", help="jangan tanya hub (tanpa saksi hub)")
    verify.set_defaults(handler=run_verify_log)

    pin = subparsers.add_parser(
        "organizer-pin", help="atur PIN penyelenggara (akses data goresan tanda tangan)"
    )
    pin.set_defaults(handler=run_organizer_pin)


def run_export(args: argparse.Namespace) -> int:
    from desktop_app.documents.signing.export import (
        attendee_by_code,
        export_document,
        output_path,
    )
    from desktop_app.services.events.event_store import get_event

    home = open_home(args.home)
    event = get_event(args.event)
    fmt = FileFormat(args.format or FileFormat.PDF)
    if fmt is not FileFormat.PDF and args.what not in (None, DocumentKind.ATTENDANCE):
        raise UserError(
            "export.format_only_attendance",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "Format xlsx/csv hanya untuk daftar hadir (--what attendance)."
            ),
        )
    kind = DocumentKind(args.what or DocumentKind.ATTENDANCE)
    attendee_ids = None
    if args.attendee:
        if kind is not DocumentKind.STATEMENTS:
            raise UserError(
                "export.attendee_only_statements",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "--attendee hanya untuk surat pernyataan (--what statements).",
                ),
            )
        attendee_ids = [attendee_by_code(event, args.attendee).id]
    niks = None
    if args.with_nik:
        niks = _opened_niks(home, event, fmt, args.message_language)
    out = output_path(Path(args.out) if args.out else None, home.documents, event.code, kind, fmt)
    result = export_document(event, kind, fmt, out, attendee_ids=attendee_ids, niks=niks)
    print(f"{result.path}  ({result.summary()})")
    return 0


def _opened_niks(home: Any, event: Any, fmt: FileFormat, language: str) -> dict[str, str]:
    """The event's clear NIKs opened with the organizer root held in this data folder
    (or the hub it runs); a user error, before anything is written, where there is none."""
    from desktop_app.cli.message_language import translator
    from desktop_app.paths import DataDir
    from desktop_app.services.certificates.sealed_niks import open_event_niks, refusal_message
    from desktop_app.services.common.messages import Message, message, render

    def warn(msg: Message) -> None:
        print(f"ikrar: {render(msg, translator(language) or (lambda _c, s: s))}", file=sys.stderr)

    if fmt is FileFormat.PDF:
        raise UserError(
            "export.nik_only_spreadsheet",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "--with-nik hanya untuk daftar hadir xlsx/csv (--format)."
            ),
        )
    opened = open_event_niks(event, [home.keys, DataDir(home.root / "hub").keys])
    for code, reason in opened.refused:
        warn(
            message(
                "export.nik_refused",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "NIK peserta {code} tidak dibuka ({reason}); kolomnya dikosongkan.",
                ),
                code=code,
                reason=refusal_message(reason),
            )
        )
    if opened.not_sealed:
        warn(
            message(
                "export.nik_not_sealed",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "NIK {count} peserta belum terenkripsi untuk penyelenggara (stasiunnya "
                    "belum sinkron sejak kuncinya dikenal); kolomnya dikosongkan.",
                ),
                count=len(opened.not_sealed),
            )
        )
    return opened.niks


def run_verify_log(args: argparse.Namespace) -> int:
    from desktop_app.services.events.event_store import get_event
    from desktop_app.services.signing.evidence_chain import ChainHead, parse_head
    from desktop_app.services.signing.signature_evidence import verify_chain
    from desktop_app.services.signing.witnessed_heads import kept_heads
    from desktop_app.sync.client import fetch_chain_heads

    home = open_home(args.home)
    event = get_event(args.event)
    heads: list[ChainHead] = []
    for text in args.head:
        head = parse_head(text)
        if head is None:
            raise UserError(
                "evidence.bad_head",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "Kepala rantai '{head}' tidak dikenali (bentuknya "
                    "IKRAR-HEAD:STASIUN:JUMLAH:HASH).",
                ),
                head=text,
            )
        heads.append(head)
    heads.extend(kept_heads())  # signed by the hub at a push, or by stations in bundles
    witnessed = None if args.offline else fetch_chain_heads(home)
    if witnessed is not None:
        heads.extend(witnessed)
        print(f"Saksi hub: {len(witnessed)} rantai stasiun.")
    report = verify_chain(event, heads)
    if report.ok:
        print(report.message())
        for note in report.notes():
            print(note)
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
