"""Core subcommands: gui, demo, events."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError


def register(subparsers: Any) -> None:
    gui = subparsers.add_parser("gui", help="buka aplikasi (bawaan bila tanpa perintah)")
    gui.add_argument(
        "--demo", action="store_true", help="buat acara demo lebih dulu bila belum ada acara"
    )
    gui.add_argument("--lang", choices=["id", "en"], help="bahasa antarmuka")
    gui.set_defaults(handler=run_gui)

    demo = subparsers.add_parser("demo", help="buat acara demo dengan peserta contoh")
    demo.add_argument(
        "--attendees",
        type=_non_negative,
        default=300,
        metavar="N",
        help="jumlah peserta (bawaan 300; 0 = acara kosong siap impor)",
    )
    demo.add_argument("--seed", type=int, default=2024, help=argparse.SUPPRESS)
    demo.set_defaults(handler=run_demo)

    events = subparsers.add_parser("events", help="daftar acara")
    events.add_argument("--json", action="store_true", help="keluaran JSON untuk skrip")
    events.add_argument("--all", action="store_true", help="termasuk acara yang diarsipkan")
    events.set_defaults(handler=run_events)

    verify_url = subparsers.add_parser(
        "verify-url",
        help="lihat atau ubah alamat verifikasi yang dituju kode QR sertifikat sebuah acara",
    )
    verify_url.add_argument("event", help="kode acara")
    verify_url.add_argument(
        "address", nargs="?", default="", help="alamat baru, mis. https://hub.example.id"
    )
    verify_url.add_argument("--json", action="store_true", help="keluaran JSON untuk skrip")
    verify_url.set_defaults(handler=run_verify_url)


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"bukan bilangan bulat: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("tidak boleh negatif")
    return value


def run_demo(args: argparse.Namespace) -> int:
    from desktop_app.bootstrap import open_home
    from desktop_app.services.demo.demo_event import create_demo_event

    open_home(args.home)
    event = create_demo_event(attendees=args.attendees, seed=args.seed)
    print(event.code)
    return 0


def run_events(args: argparse.Namespace) -> int:
    from desktop_app.bootstrap import open_home
    from desktop_app.services.common.localtime import format_datetime
    from desktop_app.services.events.event_counts import event_summary
    from desktop_app.services.events.event_store import list_events

    open_home(args.home)
    summaries = [(e, event_summary(e)) for e in list_events(include_archived=args.all)]
    if args.json:
        json.dump([s for _, s in summaries], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not summaries:
        print("Belum ada acara. Buat dengan 'ikrar demo' atau dari aplikasi.")
        return 0
    for event, s in summaries:
        print(
            f"{s['code']}  {format_datetime(event.starts_at, event.timezone)}  {s['title']}\n"
            f"        peserta {s['attendees']}, hadir {s['present']}, tanda tangan {s['signed']}, "
            f"sertifikat {s['certificates']}"
        )
    return 0


def run_verify_url(args: argparse.Namespace) -> int:
    from desktop_app.bootstrap import open_home
    from desktop_app.services.events.event_store import get_event, set_verify_address
    from desktop_app.services.events.verify_address import preview_url, verify_address_warnings

    open_home(args.home)
    event = get_event(args.event)
    if args.address:
        event = set_verify_address(event, args.address, operator="cli")
    warnings = [str(w) for w in verify_address_warnings(event.verify_base_url)]
    if args.json:
        payload = {
            "event": event.code,
            "verify_base_url": event.verify_base_url,
            "qr_example": preview_url(event.verify_base_url),
            "warnings": warnings,
        }
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"Alamat verifikasi: {event.verify_base_url}")
    print(f"Isi kode QR:       {preview_url(event.verify_base_url)}")
    for warning in warnings:
        print(f"Peringatan: {warning}", file=sys.stderr)
    return 0


def run_gui(args: argparse.Namespace) -> int:
    # The window paints before the database opens (start-up time): it only resolves the
    # folder here and opens it (migrations included) right after its first paint, before
    # anything in it can be used. ``--demo`` fills the database first, so it opens it now.
    from desktop_app.paths import resolve_home

    home = resolve_home(args.home)
    opened = bool(getattr(args, "demo", False))
    if opened:
        from desktop_app.bootstrap import open_data_dir
        from desktop_app.services.demo.demo_event import create_demo_event
        from desktop_app.services.events.event_store import list_events

        open_data_dir(home)
        if not list_events():
            create_demo_event()
    try:
        from desktop_app.ui.app import run_app
    except ImportError as exc:
        raise UserError(
            "gui.cannot_load",
            QT_TRANSLATE_NOOP("ServiceMessages", "Antarmuka grafis tidak dapat dimuat: {reason}"),
            reason=str(exc),
        ) from exc
    return run_app(home, language=getattr(args, "lang", None), database_open=opened)
