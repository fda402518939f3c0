"""Server-rendered HTML of the hub: the events overview and certificate verification.

Plain HTML and CSS, no JavaScript: it must open on any phone that scans a certificate QR.
The verification page shows only what the token itself carries plus its state.
"""

from __future__ import annotations

import html
import logging
from typing import Any

from peewee import fn

from desktop_app.models import Attendee, Checkin, Event, Signature
from desktop_app.models.sync_state import HubStation
from desktop_app.services.common.localtime import format_datetime
from desktop_app.services.events.event_counts import event_counts

log = logging.getLogger("ikrar.hub")

STYLE = """
body{font-family:"Noto Sans",system-ui,sans-serif;margin:0;background:#f4f6f8;color:#1d2733}
header{background:#7a1c1c;color:#fff;padding:14px 24px}header h1{margin:0;font-size:20px}
main{max-width:960px;margin:0 auto;padding:16px 24px}
section{background:#fff;border-radius:8px;padding:16px 20px;margin:0 0 16px;
box-shadow:0 1px 3px rgba(0,0,0,.12)}
h2{margin:0 0 4px;font-size:18px}.meta{color:#5a6673;margin:0 0 10px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;
border-bottom:1px solid #e3e7eb}th{font-weight:600;color:#3b4754}.n{text-align:right}
.badge{display:inline-block;padding:6px 14px;border-radius:16px;font-weight:700;font-size:18px}
.ok{background:#d9f2e1;color:#13612e}.bad{background:#fbe0e0;color:#8a1414}
.warn{background:#fff2cc;color:#7a5200}.small{font-size:13px;color:#5a6673}
"""

# The fields of the shared verification view, as the page labels them.
FIELD_LABELS = (
    ("number", "Nomor sertifikat"),
    ("holder", "Nama"),
    ("role_label", "Peran"),
    ("event_label", "Acara"),
    ("date_label", "Tanggal"),
    ("key_id", "Kunci penanda tangan"),
)


def page(title: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="id"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>{STYLE}</style></head><body>"
        f"<header><h1>Ikrar Hub — {html.escape(title)}</h1></header><main>{body}</main>"
        f"</body></html>"
    )


def _per_station(model: Any, event: Event) -> dict[str, int]:
    query = (
        model.select(model.station_id, fn.COUNT(model.id))
        .where(model.event == event)
        .group_by(model.station_id)
        .tuples()
    )
    return {station: count for station, count in query}


def index_page() -> str:
    """Events with their headline counts and what each station contributed."""
    names = {s.id: s.name for s in HubStation.select(HubStation.id, HubStation.name)}
    sections = []
    for event in Event.select().order_by(Event.starts_at.desc()):
        counts = event_counts(event)
        attendees = _per_station(Attendee, event)
        checkins = _per_station(Checkin, event)
        signatures = _per_station(Signature, event)
        rows = []
        for station in sorted(
            set(attendees) | set(checkins) | set(signatures), key=lambda s: names.get(s, s)
        ):
            rows.append(
                f"<tr><td>{html.escape(names.get(station, station[:8]))}</td>"
                f"<td class=n>{attendees.get(station, 0)}</td>"
                f"<td class=n>{checkins.get(station, 0)}</td>"
                f"<td class=n>{signatures.get(station, 0)}</td></tr>"
            )
        sections.append(
            f"<section><h2>{html.escape(event.title)}</h2>"
            f"<p class=meta>{html.escape(event.code)} · "
            f"{html.escape(format_datetime(event.starts_at, event.timezone))} · "
            f"{html.escape(event.venue)}</p>"
            f"<p>Peserta <b>{counts.attendees}</b> · Hadir <b>{counts.present}</b> · "
            f"Tanda tangan <b>{counts.signed}</b> · Sertifikat <b>{counts.certificates}</b></p>"
            f"<table><tr><th>Stasiun</th><th class=n>Peserta dicatat</th>"
            f"<th class=n>Registrasi</th><th class=n>Tanda tangan</th></tr>"
            f"{''.join(rows)}</table></section>"
        )
    if not sections:
        sections.append("<section><p>Belum ada data dari stasiun.</p></section>")
    enrolled = HubStation.select().count()
    sections.append(f"<p class=small>{enrolled} stasiun terdaftar.</p>")
    return page("Ringkasan acara", "".join(sections))


def verify_page(token: str, verifier: Any = None) -> tuple[str, int]:
    """HTML and status for one token; never more than the token's own claims."""
    from desktop_app.services.certificates.token import VerificationCode
    from desktop_app.services.certificates.verification import view_token

    try:
        view = view_token(token, verifier)
    except Exception:
        log.exception("verification failed for a token")
        view = None
    if view is not None and view.ok:
        badge = "<span class='badge ok'>SAH — sertifikat valid</span>"
    elif view is not None and view.code is VerificationCode.REVOKED:
        badge = "<span class='badge bad'>DICABUT — sertifikat tidak berlaku</span>"
    else:
        badge = "<span class='badge bad'>TIDAK SAH</span>"
    message = html.escape(view.message) if view is not None else ""
    rows = (
        "".join(
            f"<tr><th>{label}</th><td>{html.escape(str(getattr(view, field)))}</td></tr>"
            for field, label in FIELD_LABELS
            if getattr(view, field)
        )
        if view is not None and view.shows_claims
        else ""
    )
    table = f"<table>{rows}</table>" if rows else ""
    body = (
        f"<section>{badge}<p>{message}</p>{table}</section>"
        "<p class=small>Halaman ini hanya menampilkan data yang tercantum pada kode QR "
        "sertifikat dan status keabsahannya.</p>"
    )
    return page("Verifikasi sertifikat", body), 200 if view is not None else 500
