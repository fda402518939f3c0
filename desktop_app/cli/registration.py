"""Registration subcommands: import, checkin, walkin, invitations."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.bootstrap import open_home


def register(subparsers: Any) -> None:
    imp = subparsers.add_parser(
        "import",
        help="impor daftar undangan dari .xlsx atau .csv",
        description="Impor daftar undangan. Keluar 0 bila impor berjalan (walau ada baris "
        "ditolak); 1 bila file tidak terbaca atau acara tidak ada.",
    )
    imp.add_argument("event", metavar="ACARA", help="kode acara")
    imp.add_argument("file", metavar="FILE", type=Path, help="file .xlsx atau .csv")
    imp.add_argument("--sheet", metavar="NAMA", help="nama lembar (bawaan: lembar pertama berisi)")
    imp.add_argument(
        "--dry-run", action="store_true", help="uji coba: tampilkan hasil tanpa menyimpan"
    )
    imp.add_argument(
        "--report",
        metavar="OUT.xlsx",
        type=Path,
        help="simpan laporan impor (baris ditolak dan alasannya) ke Excel",
    )
    imp.add_argument("--operator", default="cli", help=argparse.SUPPRESS)
    imp.set_defaults(handler=run_import)

    chk = subparsers.add_parser(
        "checkin",
        help="catat kehadiran satu peserta (nama, NIP/NRP, instansi, atau kode)",
        description="Mencatat hadir bila tepat satu peserta cocok; bila tidak ada atau lebih "
        "dari satu, keluar 1 dan menampilkan kandidat.",
    )
    chk.add_argument("event", metavar="ACARA", help="kode acara")
    chk.add_argument("query", metavar="CARI", help="nama, NIP/NRP, instansi, atau kode peserta")
    chk.add_argument("--operator", default="cli", help="nama operator")
    chk.set_defaults(handler=run_checkin)

    walk = subparsers.add_parser("walkin", help="daftarkan peserta tanpa undangan dan catat hadir")
    walk.add_argument("event", metavar="ACARA", help="kode acara")
    walk.add_argument("--name", required=True, help="nama lengkap dengan gelar")
    walk.add_argument("--nip", default="")
    walk.add_argument("--nik", default="")
    walk.add_argument("--nrp", default="")
    walk.add_argument("--position", default="", help="jabatan/pangkat")
    walk.add_argument("--institution", default="", help="instansi/unit kerja")
    walk.add_argument(
        "--category",
        default="",
        help="ASN, PPPK, KEPALA_DESA, PERANGKAT_DESA, TNI, POLRI, UMUM "
        "(bawaan: ditentukan otomatis)",
    )
    walk.add_argument("--phone", default="")
    walk.add_argument("--no-checkin", action="store_true", help="hanya daftarkan")
    walk.add_argument("--operator", default="cli", help="nama operator")
    walk.set_defaults(handler=run_walkin)

    inv = subparsers.add_parser("invitations", help="buat PDF undangan atau kartu peserta ber-QR")
    inv.add_argument("event", metavar="ACARA", help="kode acara")
    inv.add_argument("--out", required=True, type=Path, metavar="PDF", help="file PDF keluaran")
    inv.add_argument(
        "--layout",
        choices=["badge", "letter"],
        default="badge",
        help="badge: 8 kartu per A4 (bawaan); letter: surat undangan per peserta",
    )
    inv.set_defaults(handler=run_invitations)


def run_import(args: argparse.Namespace) -> int:
    from desktop_app.documents.registration.import_report_xlsx import export_report_xlsx
    from desktop_app.services.events.event_store import get_event
    from desktop_app.services.registration.attendee_import import RowStatus, import_attendees

    open_home(args.home)
    event = get_event(args.event)
    report = import_attendees(
        event, args.file, sheet=args.sheet, dry_run=args.dry_run, operator=args.operator
    )
    print(
        f"{report.file_name} (lembar '{report.sheet_name}', judul kolom di baris "
        f"{report.header_row}) → acara {event.code}"
    )
    print(report.summary())
    for line in report.lines:
        if line.status in (RowStatus.REJECTED, RowStatus.WARNING):
            column = f" [{line.column}]" if line.column else ""
            print(f"  baris {line.row}{column} {line.status.label.lower()}: {line.reason}")
    if args.report:
        out = export_report_xlsx(report, args.report)
        print(f"Laporan disimpan: {out}")
    return 0


def run_checkin(args: argparse.Namespace) -> int:
    from desktop_app.models import Attendee
    from desktop_app.services.events.event_store import get_event
    from desktop_app.services.registration.attendee_search import is_exact, search_attendees
    from desktop_app.services.registration.checkin import Method, ScanStatus, check_in, lookup_code

    open_home(args.home)
    event = get_event(args.event)
    scanned = lookup_code(event, args.query)
    if scanned.status is ScanStatus.WRONG_EVENT:
        print(f"ikrar: {scanned.message}", file=sys.stderr)
        return 1
    if scanned.attendee is not None:
        attendee = scanned.attendee
    else:
        hits = search_attendees(event, args.query, limit=20)
        exact = [h for h in hits if is_exact(h, args.query)]
        if len(exact) == 1:  # a whole NIP/NRP names one person, even if another NIP holds it
            hits = exact
        if len(hits) != 1:
            if not hits:
                print(
                    f"ikrar: tidak ada peserta yang cocok dengan '{args.query}'.", file=sys.stderr
                )
            else:
                print(
                    f"ikrar: {len(hits)}{'+' if len(hits) == 20 else ''} peserta cocok dengan "
                    f"'{args.query}'; perjelas pencarian atau pakai kode:",
                    file=sys.stderr,
                )
                for hit in hits:
                    print(f"  {hit.code}  {hit.full_name} — {hit.institution}", file=sys.stderr)
            return 1
        attendee = Attendee.get_by_id(hits[0].attendee_id)
    result = check_in(event, attendee, operator=args.operator, method=Method.CLI.value)
    status = "HADIR" if result.is_first else "SUDAH HADIR"
    print(f"{status}: {result.message(event.timezone)}")
    return 0


def run_walkin(args: argparse.Namespace) -> int:
    from desktop_app.services.events.event_store import get_event
    from desktop_app.services.registration.walk_in import WalkInInput, register_walk_in

    open_home(args.home)
    event = get_event(args.event)
    result = register_walk_in(
        event,
        WalkInInput(
            full_name=args.name,
            nip=args.nip,
            nik=args.nik,
            nrp=args.nrp,
            position=args.position,
            institution=args.institution,
            category=args.category.upper(),
            phone=args.phone,
        ),
        operator=args.operator,
        check_in_now=not args.no_checkin,
    )
    print(
        f"{result.attendee.code}  {result.attendee.full_name} terdaftar "
        f"({result.attendee.category})."
    )
    if result.checkin is not None:
        print(result.checkin.message(event.timezone))
    for warning in result.warnings:
        print(f"peringatan: {warning}", file=sys.stderr)
    return 0


def run_invitations(args: argparse.Namespace) -> int:
    from desktop_app.documents.registration.invitations_pdf import write_invitations
    from desktop_app.services.events.event_store import get_event

    open_home(args.home)
    event = get_event(args.event)
    count = write_invitations(event, args.out, layout=args.layout)
    print(
        f"{count} {'kartu' if args.layout == 'badge' else 'surat undangan'} ditulis ke {args.out}"
    )
    return 0
