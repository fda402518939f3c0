"""Server-rendered HTML of the hub: the events overview and certificate verification.

Plain HTML and CSS, no JavaScript: it must open on any phone that scans a certificate QR.
The verification page shows only what the token itself carries plus its state.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from typing import Any

from peewee import fn

from desktop_app.models import Attendee, Checkin, Event, Signature
from desktop_app.models.sync_state import HubStation
from desktop_app.services.common.localtime import MONTHS_ID, format_datetime
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

CLAIM_LABELS = {
    "number": "Nomor sertifikat",
    "no": "Nomor sertifikat",
    "n": "Nomor sertifikat",
    "name": "Nama",
    "holder": "Nama",
    "holder_name": "Nama",
    "role": "Peran",
    "event": "Acara",
    "event_title": "Acara",
    "title": "Acara",
    "date": "Tanggal",
    "issued": "Diterbitkan",
    "issued_at": "Diterbitkan",
    "org": "Penyelenggara",
    "organizer": "Penyelenggara",
    "kid": "Kunci",
    "key_id": "Kunci penanda tangan",
    "event_code": "Kode acara",
}


ROLE_LABELS = {"PESERTA": "Peserta", "NARASUMBER": "Narasumber", "PANITIA": "Panitia"}


def _claim_value(key: str, value: Any) -> str:
    """Claims as people read them: role words, dates in Indonesian."""
    text = str(value)
    if key == "role":
        return ROLE_LABELS.get(text, text)
    if key == "date":
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            return text
        return f"{day.day} {MONTHS_ID[day.month - 1]} {day.year}"
    return text


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


def _default_verifier(token: str) -> Any:
    from desktop_app.services.certificates import token as certificate_token

    return certificate_token.verify_token(certificate_token.extract_token(token) or token)


def verify_page(token: str, verifier: Any = None) -> tuple[str, int]:
    """HTML and status for one token; never more than the token's own claims."""
    token = token.strip()
    try:
        result = (verifier or _default_verifier)(token)
    except Exception:
        log.exception("verification failed for a token")
        result = None
    from desktop_app.services.certificates.token import VerificationCode

    ok = bool(getattr(result, "ok", False))
    code = str(getattr(result, "code", "") or "")
    claims = getattr(result, "claims", None) or {}
    if ok:
        badge = "<span class='badge ok'>SAH — sertifikat valid</span>"
        status = 200
    elif code == VerificationCode.REVOKED and claims:
        badge = "<span class='badge bad'>DICABUT — sertifikat tidak berlaku</span>"
        status = 200
    else:
        badge = "<span class='badge bad'>TIDAK SAH</span>"
        status = 200 if result is not None else 500
    message = html.escape(str(getattr(result, "message", "") or ""))
    rows = (
        "".join(
            f"<tr><th>{html.escape(CLAIM_LABELS.get(str(k), str(k)))}</th>"
            f"<td>{html.escape(_claim_value(str(k), v))}</td></tr>"
            for k, v in claims.items()
        )
        if claims and (ok or code == VerificationCode.REVOKED)
        else ""
    )
    table = f"<table>{rows}</table>" if rows else ""
    body = (
        f"<section>{badge}<p>{message}</p>{table}</section>"
        "<p class=small>Halaman ini hanya menampilkan data yang tercantum pada kode QR "
        "sertifikat dan status keabsahannya.</p>"
    )
    return page("Verifikasi sertifikat", body), status
