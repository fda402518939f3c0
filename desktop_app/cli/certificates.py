"""Certificate subcommands: certificates, verify, verifier, revoke, keys."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from desktop_app.bootstrap import open_home
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError


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

    verifier = subparsers.add_parser(
        "verifier",
        help="tulis satu berkas HTML yang memeriksa sertifikat tanpa server (kunci dan "
        "daftar pencabutan di dalamnya)",
    )
    verifier.add_argument("--out", required=True, metavar="FILE.html", help="berkas tujuan")
    verifier.set_defaults(handler=run_verifier)

    release = subparsers.add_parser(
        "release-certificates",
        help="izinkan peserta mengunduh sertifikat yang sudah terbit ke ponsel mereka",
    )
    release.add_argument("event", metavar="ACARA", help="kode acara")
    release.add_argument(
        "--withhold", action="store_true", help="hentikan unduhan ke ponsel (tarik kembali)"
    )
    release.add_argument("--operator", default="", help=argparse.SUPPRESS)
    release.set_defaults(handler=run_release_certificates)

    poster = subparsers.add_parser(
        "certificate-poster",
        help="poster A4 dengan kode QR ke halaman sertifikat di hub (unduh ke ponsel)",
    )
    poster.add_argument("--out", required=True, metavar="FILE.pdf", help="berkas tujuan")
    poster.add_argument(
        "--url", default="", help="alamat hub yang dijangkau ponsel (bawaan: hub meja ini)"
    )
    poster.add_argument("--wifi", default="", help="nama Wi-Fi acara, dicetak di poster")
    poster.set_defaults(handler=run_certificate_poster)

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
    protect = keys_sub.add_parser(
        "protect", help="lindungi kunci privat dengan frasa sandi (ditanyakan atau dari berkas)"
    )
    protect.set_defaults(handler=run_keys_protect)
    unprotect = keys_sub.add_parser("unprotect", help="simpan kunci privat tanpa frasa sandi lagi")
    unprotect.set_defaults(handler=run_keys_unprotect)
    status = keys_sub.add_parser("status", help="apakah kunci privat dilindungi frasa sandi")
    status.set_defaults(handler=run_keys_status)


def run_certificates(args: argparse.Namespace) -> int:
    from desktop_app.documents.certificates.issue_and_render import issue_and_render
    from desktop_app.services.events.event_store import get_event

    home = open_home(args.home)
    event = get_event(args.event)
    out = Path(args.out).expanduser()
    started = time.perf_counter()
    run = issue_and_render(
        event,
        out,
        operator="cli",
        per_attendee=args.per_attendee,
        home_root=home.root,
        template=args.template,
        processes=args.processes,
    )
    elapsed = time.perf_counter() - started
    print(
        f"{run.new_count} nomor baru diterbitkan; {run.batch.count} sertifikat ditulis ke {out} "
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
        if block.holder_station == numbering.HUB_HOLDER:
            print(f"{block.first_seq:>6}–…      hub (membagi blok berikutnya)")
            continue
        print(f"{block.first_seq:>6}–{block.last_seq:<6} {holder}")
    preview = numbering.preview_next(event)
    note = " (tanpa blok: memuat kode stasiun)" if preview.fallback else ""
    print(f"Nomor berikutnya di stasiun ini: {preview.number}{note}")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from desktop_app.services.certificates.verification import view_input

    open_home(args.home)
    failures = 0
    for view in view_input(args.input):
        # The verdict first; details only when the signature holds (valid or revoked): a
        # tampered or unknown-key token carries whatever its author typed.
        if not view.ok:
            failures += 1
            print(f"ikrar: TIDAK SAH ({view.code}): {view.message}", file=sys.stderr)
        if view.shows_claims:
            print(
                f"Nomor    : {view.number}\n"
                f"Pemegang : {view.holder}\n"
                f"Peran    : {view.role_label}\n"
                f"Acara    : {view.event_label}\n"
                f"Tanggal  : {view.date_label}\n"
                f"Kunci    : {view.key_id}"
            )
        if view.ok:
            print(f"SAH — {view.message}")
    return 1 if failures else 0


def run_verifier(args: argparse.Namespace) -> int:
    from desktop_app.documents.certificates.offline_verifier import write_verifier

    open_home(args.home)
    written = write_verifier(Path(args.out).expanduser())
    print(
        f"Pemeriksa luring ditulis ke {written.path}: {written.keys} kunci, "
        f"{written.revocations} pencabutan, daftar pencabutan per {written.as_of}"
    )
    return 0


def run_release_certificates(args: argparse.Namespace) -> int:
    from desktop_app.services.certificates.release import release_certificates
    from desktop_app.services.events.event_store import get_event

    open_home(args.home)
    event = release_certificates(get_event(args.event), args.operator, not args.withhold)
    if event.certificates_released_at is None:
        print(f"Sertifikat {event.code} tidak dapat diunduh ke ponsel (ditahan).")
    else:
        print(
            f"Sertifikat {event.code} dapat diunduh ke ponsel peserta setelah sinkronisasi "
            "berikutnya dengan hub."
        )
    return 0


def run_certificate_poster(args: argparse.Namespace) -> int:
    from desktop_app.documents.certificates.certificate_desk_poster import write_poster
    from desktop_app.services.common.settings import HUB_PUBLIC_URL, HUB_URL

    open_home(args.home)
    hub_url = args.url or HUB_URL.get() or HUB_PUBLIC_URL.get()
    if not hub_url:
        raise UserError(
            "phone.poster_no_hub",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Alamat hub belum diketahui: beri --url (mis. https://192.168.1.10:8765).",
            ),
        )
    url = write_poster(Path(args.out).expanduser(), hub_url, args.wifi)
    print(f"Poster meja sertifikat ditulis ke {args.out} (kode QR: {url})")
    return 0


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
        raise UserError(
            "file.cannot_read",
            QT_TRANSLATE_NOOP("ServiceMessages", "Berkas '{path}' tidak dapat dibaca ({reason})."),
            path=str(path),
            reason=str(exc),
        ) from exc
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


def _data_root(args: argparse.Namespace) -> Path:
    from desktop_app.paths import resolve_home

    return resolve_home(args.home).root


def run_keys_protect(args: argparse.Namespace) -> int:
    from desktop_app.cli.passphrase import new_passphrase
    from desktop_app.services.common import key_vault

    root = _data_root(args)
    folder = root / "keys"
    if key_vault.is_protected(folder) and not key_vault.is_unlocked(folder):
        raise UserError(
            "keys.already_protected",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Kunci privat sudah dilindungi frasa sandi (ikrar keys unprotect untuk melepas).",
            ),
        )
    # Unlocked by --passphrase-file: this finishes an interrupted protect (same passphrase).
    count = key_vault.protect_data_folder(root, new_passphrase(args))
    print(
        f"Kunci privat dilindungi frasa sandi ({count} berkas). Simpan frasa sandinya: "
        "tanpa itu stasiun ini tidak dapat menandatangani lagi."
    )
    return 0


def run_keys_unprotect(args: argparse.Namespace) -> int:
    from desktop_app.cli.passphrase import current_passphrase
    from desktop_app.services.common import key_vault

    root = _data_root(args)
    if not any(key_vault.is_protected(f) for f in key_vault.data_folder_keys(root)):
        print("Kunci privat tidak dilindungi frasa sandi; tidak ada yang diubah.")
        return 0
    count = key_vault.unprotect_data_folder(root, current_passphrase(args))
    print(f"Kunci privat kini disimpan tanpa frasa sandi ({count} berkas).")
    return 0


def run_keys_status(args: argparse.Namespace) -> int:
    from desktop_app.services.common import key_vault

    for folder in key_vault.data_folder_keys(_data_root(args)):
        count = len(key_vault.private_key_files(folder)) if folder.exists() else 0
        state = "dilindungi frasa sandi" if key_vault.is_protected(folder) else "tanpa frasa sandi"
        print(f"Kunci privat: {state} ({count} berkas di {folder})")
    return 0
