"""Sync subcommands: hub (serve, pair, stations, revoke), enroll, sync, bundle."""

from __future__ import annotations

import argparse
import json
import logging
import os
import socket
import sys
from pathlib import Path
from typing import Any

from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError

log = logging.getLogger("ikrar.sync")


def register(subparsers: Any) -> None:
    hub = subparsers.add_parser("hub", help="jalankan hub sinkronisasi (server HTTP)")
    hub.add_argument(
        "--host",
        default="127.0.0.1",
        help="alamat dengar (bawaan 127.0.0.1; 0.0.0.0 = semua jaringan, HTTPS)",
    )
    hub.add_argument("--port", type=int, default=8765)
    hub.add_argument(
        "--database",
        metavar="URL",
        help="postgresql://… untuk PostgreSQL (bawaan: SQLite di folder data)",
    )
    hub.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="jumlah proses pekerja (bawaan 1; lebih dari 1 perlu PostgreSQL)",
    )
    tls = hub.add_mutually_exclusive_group()
    tls.add_argument(
        "--tls",
        action="store_true",
        default=None,
        help="paksa HTTPS (otomatis bila bukan loopback)",
    )
    tls.add_argument(
        "--no-tls",
        dest="tls",
        action="store_false",
        help="tanpa HTTPS (hanya untuk jaringan tepercaya)",
    )
    hub.set_defaults(handler=run_hub)
    hub_sub = hub.add_subparsers(dest="hub_command", metavar="SUBPERINTAH")
    pair = hub_sub.add_parser("pair", help="buat kode pemasangan sekali pakai untuk stasiun")
    pair.add_argument("--database", metavar="URL", dest="database")
    pair.add_argument("--url", help="alamat hub yang dipakai stasiun (untuk kode QR)")
    pair.add_argument("--minutes", type=int, default=15, help="masa berlaku (menit, bawaan 15)")
    pair.add_argument("--no-qr", action="store_true", help="tanpa kode QR di terminal")
    pair.add_argument(
        "--json", action="store_true", help="keluaran JSON (kode, alamat, sidik jari, isi QR)"
    )
    pair.add_argument(
        "--rekey",
        metavar="STASIUN",
        default="",
        help="kode untuk mengganti kunci stasiun yang sudah terdaftar (id atau nama)",
    )
    pair.set_defaults(handler=run_hub_pair)
    stations = hub_sub.add_parser("stations", help="daftar stasiun terdaftar")
    stations.add_argument("--database", metavar="URL", dest="database")
    stations.add_argument("--json", action="store_true")
    stations.set_defaults(handler=run_hub_stations)
    restored = hub_sub.add_parser(
        "restored",
        help="jalankan sekali setelah memulihkan basis data PostgreSQL hub dari cadangan",
    )
    restored.add_argument("--database", metavar="URL", dest="database")
    restored.set_defaults(handler=run_hub_restored)
    revoke = hub_sub.add_parser("revoke", help="cabut akses sebuah stasiun")
    revoke.add_argument("station", help="id atau nama stasiun")
    revoke.add_argument("--database", metavar="URL", dest="database")
    revoke.set_defaults(handler=run_hub_revoke)

    enroll = subparsers.add_parser("enroll", help="daftarkan stasiun ini ke hub")
    enroll.add_argument(
        "url", help="alamat hub, mis. https://192.168.1.10:8765 (atau isi kode QR pemasangan)"
    )
    enroll.add_argument("code", nargs="?", default="", help="kode pemasangan dari 'ikrar hub pair'")
    enroll.add_argument("--name", default="", help="nama stasiun ini, mis. 'Meja 2'")
    enroll.add_argument("--fingerprint", default="", help="sidik jari sertifikat hub (HTTPS)")
    enroll.set_defaults(handler=run_enroll)

    sync = subparsers.add_parser("sync", help="kirim lalu terima perubahan sekali")
    sync.add_argument("--status", action="store_true", help="hanya tampilkan status")
    sync.add_argument("--json", action="store_true")
    sync.set_defaults(handler=run_sync)

    bundle = subparsers.add_parser("bundle", help="bundel luring (USB) untuk tanpa jaringan")
    bundle_sub = bundle.add_subparsers(dest="bundle_command", metavar="SUBPERINTAH", required=True)
    export = bundle_sub.add_parser("export", help="ekspor semua data satu acara")
    export.add_argument("event", help="kode acara")
    export.add_argument("--out", required=True, help="berkas tujuan (.ikrar)")
    group = _password_options(export, "enkripsi dengan kata sandi")
    group.add_argument(
        "--plain",
        action="store_true",
        help="tanpa enkripsi (bawaan: terenkripsi untuk kunci penyelenggara bila dikenal)",
    )
    export.set_defaults(handler=run_bundle_export)
    imp = bundle_sub.add_parser("import", help="impor bundel dari stasiun lain")
    imp.add_argument("file")
    _password_options(imp, "kata sandi bundel terenkripsi")
    imp.add_argument(
        "--trust",
        action="store_true",
        help="percayai stasiun pengirim yang belum dikenal (cek sidik jarinya)",
    )
    imp.set_defaults(handler=run_bundle_import)


# -- hub ------------------------------------------------------------------------------


def _hub_home(args: argparse.Namespace) -> Any:
    from desktop_app.logging_setup import configure_logging
    from desktop_app.paths import resolve_home

    home = resolve_home(args.home)
    try:
        home.ensure()
        configure_logging(home.log_file)
    except OSError as exc:
        raise UserError(
            "home.cannot_create",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "Folder data '{folder}' tidak dapat dibuat ({reason})."
            ),
            folder=str(home.root),
            reason=str(exc.strerror),
        ) from exc
    return home


def _open_hub_db(args: argparse.Namespace) -> Any:
    from desktop_app.hub.database import open_hub_database

    home = _hub_home(args)
    try:
        open_hub_database(home, getattr(args, "database", None))
    except Exception as exc:
        log.exception("cannot open hub database")
        raise UserError(
            "hub.database_unavailable",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "Basis data hub tidak dapat dibuka ({error}: {reason})."
            ),
            error=type(exc).__name__,
            reason=str(exc),
        ) from exc
    return home


def _lan_address() -> str:
    """The address other machines most likely reach us at (no packet is sent)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("10.255.255.255", 1))
            return str(probe.getsockname()[0])
    except OSError:
        return "127.0.0.1"


def run_hub(args: argparse.Namespace) -> int:
    from desktop_app.hub.database import is_postgres_url
    from desktop_app.hub.tls import ensure_certificate, is_loopback
    from desktop_app.hub.workers import serve
    from desktop_app.services.common.settings import HUB_PUBLIC_URL

    if getattr(args, "hub_command", None):
        return 2
    if not 1 <= args.workers <= 64:
        raise UserError(
            "hub.workers_range",
            QT_TRANSLATE_NOOP("ServiceMessages", "Jumlah pekerja hub harus antara 1 dan 64."),
            field="workers",
        )
    if args.workers > 1 and not is_postgres_url(args.database):
        raise UserError(
            "hub.workers_need_postgres",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Beberapa pekerja hub memerlukan PostgreSQL (--database postgresql://…); "
                "SQLite hanya menerima satu penulis.",
            ),
            field="workers",
        )
    from desktop_app.cli.parent_watch import stop_with_parent

    home = _open_hub_db(args)
    _unlock_hub_keys(home.keys, args)
    stop_with_parent()  # started by the window: never outlive it
    use_tls = args.tls if args.tls is not None else not is_loopback(args.host)
    ssl_options: dict[str, Any] = {}
    scheme, fingerprint = "http", ""
    if use_tls:
        cert, key, fingerprint = ensure_certificate(home.keys, args.host)
        ssl_options = {"ssl_certfile": str(cert), "ssl_keyfile": str(key)}
        scheme = "https"
    public_host = _lan_address() if args.host in {"0.0.0.0", "::", ""} else args.host
    url = f"{scheme}://{public_host}:{args.port}"
    HUB_PUBLIC_URL.set(url)
    where = _safe_url(args.database) if args.database else home.database
    workers = f", {args.workers} pekerja" if args.workers > 1 else ""
    print(f"Hub Ikrar berjalan di {url}  (data: {where}{workers})", flush=True)
    if fingerprint:
        print(f"Sidik jari sertifikat TLS: {fingerprint}", flush=True)
    print("Buat kode pemasangan stasiun dengan: ikrar hub pair", flush=True)
    try:
        serve(home.root, args.database, args.host, args.port, args.workers, ssl_options)
    except OSError as exc:
        raise UserError(
            "hub.cannot_listen",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "Hub tidak dapat mendengarkan di {host}:{port} ({reason})."
            ),
            host=args.host,
            port=args.port,
            reason=str(exc.strerror or exc),
        ) from exc
    return 0


def _unlock_hub_keys(keys: Path, args: argparse.Namespace) -> None:
    """A protected organizer root is unlocked before the hub says it runs (or it refuses)."""
    from desktop_app.cli.passphrase import ENV_PASSPHRASE_FILE, passphrase_file_of
    from desktop_app.services.common import key_vault

    key_vault.require_unlocked(keys)  # --passphrase-file, the variable, or a prompt
    name = passphrase_file_of(args)
    if key_vault.is_protected(keys) and args.workers > 1:
        if name is None:
            raise UserError(
                "hub.workers_need_passphrase_file",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "Kunci hub dilindungi: beberapa pekerja memerlukan --passphrase-file BERKAS.",
                ),
            )
        os.environ[ENV_PASSPHRASE_FILE] = str(Path(name).expanduser().resolve())  # workers


def _safe_url(url: str) -> str:
    """A database URL without its password, for the terminal."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def run_hub_pair(args: argparse.Namespace) -> int:
    from desktop_app.hub.pairing import ascii_qr, create_pairing_code
    from desktop_app.hub.tls import existing_fingerprint
    from desktop_app.services.common.localtime import format_datetime
    from desktop_app.services.common.settings import HUB_PUBLIC_URL
    from desktop_app.sync.pairing_uri import pairing_uri

    if args.minutes < 1 or args.minutes > 24 * 60:
        raise UserError(
            "hub.pairing_minutes_range",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "Masa berlaku kode harus antara 1 menit dan 24 jam."
            ),
        )
    home = _open_hub_db(args)
    url = args.url or HUB_PUBLIC_URL.get() or "http://127.0.0.1:8765"
    fingerprint = existing_fingerprint(home.keys) if url.startswith("https") else ""
    rekey = _find_hub_station(args.rekey).id if args.rekey else ""
    code = create_pairing_code(args.minutes, rekey_station=rekey)
    uri = pairing_uri(url, code.code, fingerprint)
    expires = format_datetime(code.expires_at, _local_zone())
    if getattr(args, "json", False):  # what the app's Sinkronisasi page shows
        payload = {
            "code": code.code,
            "url": url,
            "fingerprint": fingerprint,
            "uri": uri,
            "expires_at": code.expires_at.isoformat(),
            "expires_local": expires,
        }
        json.dump(payload, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    print(f"Kode pemasangan: {code.code}")
    print(f"Alamat hub:      {url}")
    print(f"Berlaku sampai:  {expires} (sekali pakai)")
    if fingerprint:
        print(f"Sidik jari TLS:  {fingerprint}")
    print(
        f"Di stasiun: ikrar enroll {url} {code.code}"
        + (f" --fingerprint {fingerprint.replace(':', '')}" if fingerprint else "")
    )
    if not args.no_qr:
        print()
        print(ascii_qr(uri))
    return 0


def _local_zone() -> str:
    """The hub machine's own zone when it is one of WIB/WITA/WIT, else WIB."""
    import datetime as dt

    from desktop_app.models.categories import TIMEZONES

    offset = dt.datetime.now().astimezone().utcoffset()
    hours = int(offset.total_seconds() // 3600) if offset else 7
    by_offset = {7: "Asia/Jakarta", 8: "Asia/Makassar", 9: "Asia/Jayapura"}
    zone = by_offset.get(hours, "Asia/Jakarta")
    return zone if zone in TIMEZONES else next(iter(TIMEZONES))


def run_hub_stations(args: argparse.Namespace) -> int:
    from desktop_app.models.sync_state import HubStation

    _open_hub_db(args)
    rows = [
        {
            "id": s.id,
            "name": s.name,
            "pushed_seq": s.pushed_seq,
            "revoked": s.revoked_at is not None,
            "last_seen": s.last_seen_at.isoformat() if s.last_seen_at else None,
        }
        for s in HubStation.select().order_by(HubStation.enrolled_at)
    ]
    if args.json:
        json.dump(rows, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    if not rows:
        print("Belum ada stasiun terdaftar.")
    for row in rows:
        state = "DICABUT" if row["revoked"] else "aktif"
        print(f"{row['id']}  {row['name']}  ({state}, {row['pushed_seq']} perubahan)")
    return 0


def run_hub_restored(args: argparse.Namespace) -> int:
    from desktop_app.hub.database import after_restore, is_postgres_url
    from desktop_app.models import database_proxy

    if not is_postgres_url(getattr(args, "database", None)):
        raise UserError(
            "hub.restored_needs_postgres",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Perintah ini untuk hub PostgreSQL (--database postgresql://…). "
                "Hub SQLite yang dipulihkan: lihat docs/hub.md.",
            ),
        )
    _open_hub_db(args)
    with database_proxy.atomic():
        top, start = after_restore(database_proxy.obj)
    print(f"Nomor perubahan terakhir hasil pemulihan: {top}; perubahan baru mulai dari {start}.")
    print("Jalankan hub; setiap stasiun mengirim ulang apa yang belum dimiliki hub.")
    return 0


def _find_hub_station(id_or_name: str) -> Any:
    from desktop_app.models.sync_state import HubStation

    matches = list(
        HubStation.select().where((HubStation.id == id_or_name) | (HubStation.name == id_or_name))
    )
    if len(matches) != 1:
        raise UserError(
            "hub.unknown_station",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Stasiun '{station}' tidak ditemukan (atau namanya ganda; "
                "pakai id dari 'ikrar hub stations').",
            ),
            station=id_or_name,
        )
    return matches[0]


def run_hub_revoke(args: argparse.Namespace) -> int:
    from desktop_app.models.fields import utcnow

    _open_hub_db(args)
    station = _find_hub_station(args.station)
    station.revoked_at = utcnow()
    station.save()
    print(f"Akses stasiun {station.name} dicabut.")
    return 0


# -- station --------------------------------------------------------------------------


def run_enroll(args: argparse.Namespace) -> int:
    from desktop_app.bootstrap import open_home
    from desktop_app.sync.client import enroll

    home = open_home(args.home)
    if not args.code and not args.url.startswith("ikrar-pair:"):
        raise UserError(
            "sync.pairing_code_required",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "Kode pemasangan wajib diisi: ikrar enroll ALAMAT KODE"
            ),
        )
    result = enroll(home, args.url, args.code, args.name, args.fingerprint)
    print(f"Stasiun '{result['station']}' terdaftar di hub {result['url']}.")
    if result["fingerprint"]:
        print(f"Sertifikat hub disematkan: {result['fingerprint']}")
    return 0


def run_sync(args: argparse.Namespace) -> int:
    from desktop_app.bootstrap import open_home
    from desktop_app.sync.status import sync_status

    home = open_home(args.home)
    if args.status:
        status = sync_status()
        if args.json:
            json.dump(status.as_dict(), sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            print(status.describe())
        return 0
    from desktop_app.sync.client import sync_once

    report = sync_once(home)
    if args.json:
        json.dump(
            {
                "pushed": report.pushed,
                "pulled": report.pulled,
                "applied": report.applied,
                "conflicts": report.conflicts,
                "seconds": round(report.seconds, 3),
            },
            sys.stdout,
        )
        sys.stdout.write("\n")
    else:
        print(report.summary())
    return 0


def _password_options(parser: Any, purpose: str) -> Any:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--password-file", metavar="BERKAS", help=f"{purpose}: baris pertama berkas ini"
    )
    group.add_argument("--ask-password", action="store_true", help=f"{purpose}: ditanyakan")
    # Refused, not removed: without it argparse would read ``--password X`` as an abbreviation
    # of ``--password-file X``. A password in argv is visible to other users (ps).
    group.add_argument("--password", nargs="?", action=_RefusedPassword, help=argparse.SUPPRESS)
    return group


PASSWORD_IN_ARGV = (
    "--password is no longer accepted (a password on the command line is visible to other "
    "users); use --password-file FILE or --ask-password"
)


class _RefusedPassword(argparse.Action):
    """``--password VALUE``: a usage error (exit 2) before anything reads the value."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        parser.error(argparse._(PASSWORD_IN_ARGV))  # type: ignore[attr-defined]


def _bundle_password(args: argparse.Namespace, confirm: bool) -> str:
    """The bundle password from a file or a prompt, never from argv ("" when neither)."""
    import getpass

    if args.password_file:
        from desktop_app.services.common.key_vault import read_secret_line, unreadable_reason

        try:
            return read_secret_line(Path(args.password_file))
        except (OSError, ValueError) as exc:
            raise UserError(
                "bundle.password_file_unreadable",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages", "Berkas kata sandi '{path}' tidak dapat dibaca ({reason})."
                ),
                path=args.password_file,
                reason=unreadable_reason(exc),
            ) from exc
    if args.ask_password:
        password = getpass.getpass("Kata sandi bundel: ")
        if confirm and getpass.getpass("Ulangi kata sandi: ") != password:
            raise UserError(
                "bundle.password_mismatch",
                QT_TRANSLATE_NOOP("ServiceMessages", "Kedua kata sandi tidak sama."),
            )
        return password
    return ""


def run_bundle_export(args: argparse.Namespace) -> int:
    from desktop_app.bootstrap import open_home
    from desktop_app.sync.bundle import export_bundle

    home = open_home(args.home)
    password = _bundle_password(args, confirm=True)
    info = export_bundle(home, args.event, Path(args.out), password=password, plain=args.plain)
    if info.sealed_for:
        encryption = f", terenkripsi untuk penyelenggara (kunci induk {info.sealed_for})"
    else:
        encryption = ", terenkripsi" if info.encrypted else ""
    print(
        f"Bundel {info.path} dibuat: {info.rows} baris, acara {info.event_code}"
        + encryption
        + f". Sidik jari stasiun: "
        f"{info.fingerprint}"
    )
    if not info.encrypted and not args.plain:
        print(
            "ikrar: catatan: stasiun ini belum mengenal kunci penyelenggara, jadi bundel "
            "tidak terenkripsi (pasangkan dengan hub, impor sertifikat penyelenggara, atau "
            "pakai --password-file).",
            file=sys.stderr,
        )
    return 0


def run_bundle_import(args: argparse.Namespace) -> int:
    from desktop_app.bootstrap import open_home
    from desktop_app.sync.bundle import import_bundle

    home = open_home(args.home)
    password = _bundle_password(args, confirm=False)
    result = import_bundle(home, Path(args.file), password=password, trust=args.trust)
    print(result.summary())
    return 0
