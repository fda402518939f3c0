"""Certificate subcommands: certificates, verify, revoke, keys."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from desktop_app.bootstrap import open_home
from desktop_app.services.common.errors import UserError


def register(subparsers: Any) -> None:
    certs = subparsers.add_parser(
        "certificates", help="terbitkan nomor yang belum ada lalu buat PDF sertifikat acara"
    )
    certs.add_argument("event", metavar="ACARA", help="kode acara")
    certs.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        help="berkas PDF (atau folder dengan --per-attendee)",
    )
    certs.add_argument(
        "--per-attendee", action="store_true", help="satu PDF per peserta di folder PATH"
    )
    certs.add_argument("--template", metavar="NAMA", help="templat (bawaan: templat acara)")
    certs.add_argument("--processes", type=int, metavar="N", help=argparse.SUPPRESS)
    certs.set_defaults(handler=run_certificates)

    blocks = subparsers.add_parser(
        "number-blocks",
        help="blok nomor sertifikat acara: lihat, atau bagikan satu blok ke stasiun bernama",
    )
    blocks.add_argument("event", metavar="ACARA", help="kode acara")
    blocks.add_argument(
        "--allocate", metavar="NAMA_STASIUN", help="bagikan blok baru untuk stasiun ini"
    )
    blocks.add_argument("--size", type=int, default=100, metavar="N", help="jumlah nomor (100)")
    blocks.set_defaults(handler=run_number_blocks)

    verify = subparsers.add_parser(
        "verify", help="periksa keaslian sertifikat dari token, URL, PDF atau gambar PNG"
    )
    verify.add_argument("input", metavar="TOKEN|URL|PDF|PNG")
    verify.set_defaults(handler=run_verify)

    revoke = subparsers.add_parser("revoke", help="cabut sertifikat")
    revoke.add_argument("number", metavar="NOMOR")
    revoke.add_argument("--reason", required=True, metavar="ALASAN")
    revoke.add_argument(
        "--reissue", action="store_true", help="langsung terbitkan pengganti dengan nomor baru"
    )
    revoke.add_argument(
        "--event", metavar="ACARA", help="kode acara (bila nomornya dipakai lebih dari satu acara)"
    )
    revoke.add_argument("--operator", default="", help=argparse.SUPPRESS)
    revoke.set_defaults(handler=run_revoke)

    keys = subparsers.add_parser("keys", help="kunci penanda tangan sertifikat")
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="AKSI", required=True)
    listing = keys_sub.add_parser("list", help="daftar kunci yang dikenal")
    listing.set_defaults(handler=run_keys_list)
    export = keys_sub.add_parser("export", help="ekspor kunci publik (JSON atau PEM)")
    export.add_argument("--out", metavar="FILE", help="berkas tujuan (bawaan: layar)")
    export.add_argument("--pem", action="store_true", help="format PEM, bukan JSON")
    export.set_defaults(handler=run_keys_export)
    imp = keys_sub.add_parser("import", help="percayai kunci publik penyelenggara lain")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--organizer", default="", help="nama penyelenggara (untuk berkas PEM)")
    imp.set_defaults(handler=run_keys_import)
    rotate = keys_sub.add_parser("rotate", help="pensiunkan kunci stasiun ini, buat yang baru")
    rotate.add_argument("event", metavar="ACARA", help="kode acara (menentukan penyelenggara)")
    rotate.set_defaults(handler=run_keys_rotate)


def run_certificates(args: argparse.Namespace) -> int:
    from desktop_app.documents.certificates.certificate_batch import generate
    from desktop_app.services.certificates.issuing import active_certificates, issue_missing
    from desktop_app.services.events.event_store import get_event

    home = open_home(args.home)
    event = get_event(args.event)
    if args.template:
        from desktop_app.documents.certificates.certificate_templates import template_names

        if args.template not in template_names(home.root):
            raise UserError(
                f"Templat '{args.template}' tidak ada. Pilihan: "
                + ", ".join(template_names(home.root))
            )
        event.certificate_template = args.template
    new = issue_missing(event, operator="cli")
    certs = active_certificates(event)
    if not certs:
        raise UserError(
            "Belum ada peserta yang berhak menerima sertifikat (hadir"
            + (" dan bertanda tangan" if event.require_signature_for_certificate else "")
            + ")."
        )
    out = Path(args.out).expanduser()
    if args.per_attendee and out.exists() and not out.is_dir():
        raise UserError(f"'{out}' bukan folder; --per-attendee menulis satu PDF per peserta.")
    started = time.perf_counter()
    result = generate(
        event,
        certs,
        out,
        per_attendee=args.per_attendee,
        home_root=home.root,
        processes=args.processes,
    )
    elapsed = time.perf_counter() - started
    print(
        f"{len(new)} nomor baru diterbitkan; {result.count} sertifikat ditulis ke {out} "
        f"({elapsed:.1f} detik)."
    )
    return 0


def run_number_blocks(args: argparse.Namespace) -> int:
    from desktop_app.services.certificates import numbering
    from desktop_app.services.events.event_store import get_event

    open_home(args.home)
    event = get_event(args.event)
    if args.allocate is not None:
        block = numbering.allocate_block(event, args.allocate, args.size, operator="cli")
        print(f"Blok {block.first_seq}–{block.last_seq} untuk {block.holder_name} tersimpan.")
    for block in numbering.all_blocks(event):
        holder = block.holder_name or block.holder_station[:8]
        print(f"{block.first_seq:>6}–{block.last_seq:<6} {holder}")
    preview = numbering.preview_next(event)
    note = " (tanpa blok: memuat kode stasiun)" if preview.fallback else ""
    print(f"Nomor berikutnya di stasiun ini: {preview.number}{note}")
    return 0


def _tokens(text: str) -> list[str]:
    path = Path(text).expanduser()
    if path.suffix.lower() in {".pdf", ".png", ".jpg", ".jpeg"} or path.is_file():
        from desktop_app.services.certificates.qr_scan import qr_texts_from_file

        found = qr_texts_from_file(path)
        if not found:
            raise UserError(f"Tidak ada kode QR yang terbaca di '{path.name}'.")
        return found
    return [text]


def run_verify(args: argparse.Namespace) -> int:
    from desktop_app.models import Event
    from desktop_app.services.certificates.issuing import (
        claim_date_label,
        full_holder_name,
        role_label_for,
    )
    from desktop_app.services.certificates.token import verify_token

    open_home(args.home)
    failures = 0
    for text in _tokens(args.input):
        result = verify_token(text)
        # Details are shown only when the signature holds: a tampered or unknown-key token
        # carries whatever its author typed, and must never read as a certificate.
        genuine = result.ok or result.code == "revoked"
        if not result.ok:
            failures += 1
            print(f"ikrar: TIDAK SAH ({result.code}): {result.message}", file=sys.stderr)
        claims = result.claims if genuine else {}
        if claims:
            event = Event.get_or_none(Event.code == claims["event_code"])
            title = f"{event.title} ({claims['event_code']})" if event else claims["event_code"]
            holder = full_holder_name(claims["number"], claims["holder"], claims["event_code"])
            print(
                f"Nomor    : {claims['number']}\n"
                f"Pemegang : {holder}\n"
                f"Peran    : {role_label_for(claims['role'])}\n"
                f"Acara    : {title}\n"
                f"Tanggal  : {claim_date_label(claims['date'])}\n"
                f"Kunci    : {claims['key_id']}"
            )
        if result.ok:
            print(f"SAH — {result.message}")
    return 1 if failures else 0


def run_revoke(args: argparse.Namespace) -> int:
    from desktop_app.services.certificates.issuing import reissue, revoke

    open_home(args.home)
    operator = args.operator or "cli"
    revocation = revoke(args.number, args.reason, operator=operator, event_code=args.event)
    print(f"Sertifikat {revocation.certificate.number} dicabut.")
    if args.reissue:
        cert = reissue(args.number, operator=operator, event_code=args.event)
        print(f"Pengganti diterbitkan: {cert.number}")
    return 0


def run_keys_list(args: argparse.Namespace) -> int:
    from desktop_app.models import SigningKey
    from desktop_app.services.certificates.signing_keys import private_key_path

    open_home(args.home)
    rows = list(SigningKey.select().order_by(SigningKey.organizer, SigningKey.created_at))
    if not rows:
        print("Belum ada kunci. Kunci dibuat otomatis saat sertifikat pertama diterbitkan.")
    for row in rows:
        state = "pensiun" if row.retired_at else "aktif"
        own = "privat di stasiun ini" if private_key_path(row.key_id).exists() else "publik saja"
        print(f"{row.key_id}  {state:7}  {own:22}  {row.organizer}")
    return 0


def run_keys_export(args: argparse.Namespace) -> int:
    from desktop_app.services.certificates.signing_keys import export_keys

    open_home(args.home)
    text = export_keys("pem" if args.pem else "json")
    if args.out:
        Path(args.out).expanduser().write_text(text, encoding="utf-8")
        print(f"Kunci publik diekspor ke {args.out}")
    else:
        sys.stdout.write(text)
    return 0


def run_keys_import(args: argparse.Namespace) -> int:
    from desktop_app.services.certificates.signing_keys import import_keys

    open_home(args.home)
    path = Path(args.file).expanduser()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"Berkas '{path}' tidak dapat dibaca ({exc}).") from exc
    imported = import_keys(text, organizer=args.organizer, operator="cli")
    for key in imported:
        print(f"{key.key_id}  {'baru' if key.new else 'sudah dikenal'}  {key.organizer}")
    return 0


def run_keys_rotate(args: argparse.Namespace) -> int:
    from desktop_app.services.certificates.signing_keys import rotate_key
    from desktop_app.services.events.event_store import get_event

    open_home(args.home)
    event = get_event(args.event)
    key = rotate_key(event.organizer, operator="cli")
    print(f"Kunci baru {key.key_id} untuk {event.organizer}; kunci lama tetap dapat memverifikasi.")
    return 0
