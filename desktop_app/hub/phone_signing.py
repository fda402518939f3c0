"""Signing on the attendee's own phone, without HTTP: check a link, say what the page shows,
store a submitted signature.

The record is made by the signature-evidence service (``record_signature``), exactly as the
desk's pad makes it, with the method "phone" and the phone's user agent; it becomes the next
link of the hub's own evidence chain. The hub's own changes are then put in its change log
in the same write, so every desk pulls the signature with its next sync.

Nothing a phone sends is trusted: the link must be signed by an enrolled desk that is not
revoked, unexpired, and still point at the current declaration text; the text the attendee
read must hash to what the hub renders for them; the strokes are bounded before they are
parsed into anything. Every refusal is a ``UserError`` with an Indonesian message for the
phone, and stores nothing.
"""

from __future__ import annotations

import base64
import datetime as dt
import math
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from peewee import fn

from desktop_app.models import Attendee, Change, DeclarationText, Event, Signature
from desktop_app.models.categories import SignatureMethod
from desktop_app.models.clock import clock
from desktop_app.models.fields import utcnow
from desktop_app.models.sync_state import HubChange, HubStation
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.common.localtime import format_date, format_datetime
from desktop_app.services.common.station_key import public_bytes, station_key
from desktop_app.services.signing.declarations import render_text, sha256_text
from desktop_app.services.signing.signature_evidence import (
    CONFIRMATION_TEXT,
    CONSENT_TEXT,
    record_signature,
    signature_for,
)
from desktop_app.services.signing.signature_render import render_png
from desktop_app.services.signing.signature_strokes import StrokeData
from desktop_app.sync.phone_links import BadLink, PhoneLink, read_link, signature_holds
from desktop_app.sync.row_seal import seal_text

# What one finger signature needs, with a wide margin: a long signature on a big tablet is a
# few thousand points. More than this is not a signature but an attack on the hub.
MAX_STROKES = 200
MAX_POINTS = 20_000
MAX_PAD_SIDE = 4000.0
# The text was shown when the page loaded: not in the future, not before any link could
# have been made for it.
SHOWN_AT_SLACK = dt.timedelta(minutes=2)
SHOWN_AT_MAX_AGE = dt.timedelta(hours=24)

WriteLock = Callable[[], AbstractContextManager[None]]


@dataclass(frozen=True)
class PhoneTarget:
    """A checked link and the rows it points at."""

    link: PhoneLink
    event: Event
    attendee: Attendee
    text: DeclarationText


@dataclass(frozen=True)
class SigningPage:
    """What the phone page shows (plain data, rendered to HTML by ``phone_pages``)."""

    event_title: str
    event_date: str
    venue: str
    attendee_name: str
    institution: str
    text_title: str
    text_body: str
    text_id: str
    text_sha256: str
    shown_at: str
    consent_text: str
    confirmation_text: str
    expires_label: str
    signed_label: str  # "" while not signed; else when it was signed


# The HTTP status of each refusal (phone_pages); any other UserError is a 400.
STATUS_BY_CODE = {
    "phone.link_invalid": 404,
    "phone.link_expired": 410,
    "phone.not_synced_yet": 409,
    "phone.text_replaced": 409,
    "phone.text_stale": 409,
    "phone.already_signed": 409,
    "phone.too_many_points": 413,
}


def invalid_link() -> UserError:
    # Forged, cut, changed, from another hub or a revoked desk: one answer, so a prober
    # learns nothing about which check failed.
    return UserError(
        "phone.link_invalid",
        QT_TRANSLATE_NOOP(
            "ServiceMessages",
            "Tautan ini tidak sah. Pindai lagi kode QR yang ditunjukkan meja registrasi.",
        ),
    )


def refusal_status(error: UserError) -> int:
    return STATUS_BY_CODE.get(error.code, 400)


# Whether the hub believes an enrolled station's stored key (its root's certificate holds).
KeyBelief = Callable[[HubStation], bool]


def resolve(
    token: str, now: dt.datetime | None = None, believes: KeyBelief | None = None
) -> PhoneTarget:
    """The attendee, event and text a link points at; ``UserError`` when it may not be used."""
    now = now or utcnow()
    try:
        link, body, signature = read_link(token)
    except BadLink:
        raise invalid_link() from None
    station = HubStation.get_or_none(HubStation.id == link.station_id)
    if station is None or station.revoked_at is not None:
        raise invalid_link()
    if believes is not None and not believes(station):
        raise invalid_link()  # a key changed in the hub's database signs no links
    if not signature_holds(bytes(station.public_key), body, signature):
        raise invalid_link()
    if link.expires_at < now:
        raise UserError(
            "phone.link_expired",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Tautan ini sudah kedaluwarsa. Minta kode QR baru di meja registrasi.",
            ),
        )
    event = Event.get_or_none(Event.id == link.event_id)
    attendee = Attendee.get_or_none(Attendee.id == link.attendee_id)
    text = DeclarationText.get_or_none(DeclarationText.id == link.text_id)
    if event is None or attendee is None or text is None:
        # The desk made the link before its check-in reached the hub: a sync away.
        raise UserError(
            "phone.not_synced_yet",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Data Anda belum sampai di server acara. Tunggu beberapa detik lalu muat ulang "
                "halaman ini.",
            ),
        )
    if attendee.__data__.get("event") != event.id or attendee.removed:
        raise invalid_link()
    if text.__data__.get("event") != event.id:
        raise invalid_link()
    if text.superseded:
        raise UserError(
            "phone.text_replaced",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Naskah pernyataan sudah diganti dengan versi baru. Minta kode QR baru di meja "
                "registrasi.",
            ),
        )
    return PhoneTarget(link, event, attendee, text)


def signing_page(
    token: str, now: dt.datetime | None = None, believes: KeyBelief | None = None
) -> SigningPage:
    """What the phone shows for ``token`` (``UserError`` when the link may not be used)."""
    now = now or utcnow()
    target = resolve(token, now, believes)
    event, attendee, text = target.event, target.attendee, target.text
    signed = signature_for(event, attendee)
    body = render_text(text, event, now, attendee=attendee)
    return SigningPage(
        event_title=str(event.title),
        event_date=format_date(event.starts_at, event.timezone),
        venue=str(getattr(event, "venue", "") or ""),
        attendee_name=str(attendee.full_name),
        institution=str(getattr(attendee, "institution", "") or ""),
        text_title=str(text.title),
        text_body=body,
        text_id=str(text.id),
        text_sha256=sha256_text(body),
        shown_at=now.astimezone(dt.UTC).isoformat(),
        consent_text=CONSENT_TEXT,
        confirmation_text=CONFIRMATION_TEXT,
        expires_label=format_datetime(target.link.expires_at, event.timezone),
        signed_label=format_datetime(signed.signed_at, event.timezone) if signed else "",
    )


def _bad_strokes() -> UserError:
    return UserError(
        "phone.bad_strokes",
        QT_TRANSLATE_NOOP(
            "ServiceMessages", "Data tanda tangan tidak dapat dibaca. Hapus lalu ulangi."
        ),
    )


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _bad_strokes()
    number = float(value)
    if not math.isfinite(number):
        raise _bad_strokes()
    return number


def parse_strokes(data: Any) -> StrokeData:
    """Strokes as the page sends them (``{"w", "h", "strokes": [[[x, y, t, p], ...]]}``),
    bounded: ``UserError`` for anything else."""
    if not isinstance(data, dict) or not isinstance(data.get("strokes"), list):
        raise _bad_strokes()
    width, height = _number(data.get("w")), _number(data.get("h"))
    if not (0 < width <= MAX_PAD_SIDE and 0 < height <= MAX_PAD_SIDE):
        raise _bad_strokes()
    raw_strokes: list[Any] = data["strokes"]
    if len(raw_strokes) > MAX_STROKES:
        raise too_many_points()
    strokes = []
    total = 0
    for raw in raw_strokes:
        if not isinstance(raw, list):
            raise _bad_strokes()
        total += len(raw)
        if total > MAX_POINTS:
            raise too_many_points()
        stroke = []
        for point in raw:
            if not isinstance(point, list) or len(point) != 4:
                raise _bad_strokes()
            x, y, t, p = (_number(v) for v in point)
            stroke.append((x, y, int(t), p))
        if stroke:
            strokes.append(stroke)
    return StrokeData(width, height, strokes)


def too_many_points() -> UserError:
    return UserError(
        "phone.too_many_points",
        QT_TRANSLATE_NOOP(
            "ServiceMessages", "Tanda tangan terlalu panjang untuk disimpan. Hapus lalu ulangi."
        ),
    )


def _stale_text() -> UserError:
    return UserError(
        "phone.text_stale",
        QT_TRANSLATE_NOOP(
            "ServiceMessages",
            "Naskah yang Anda baca bukan versi yang berlaku. Muat ulang halaman, baca lagi, lalu "
            "tanda tangani.",
        ),
    )


def _shown_at(value: Any, now: dt.datetime) -> dt.datetime:
    try:
        shown = dt.datetime.fromisoformat(str(value))
    except ValueError:
        raise _stale_text() from None
    if shown.tzinfo is None or not (now - SHOWN_AT_MAX_AGE <= shown <= now + SHOWN_AT_SLACK):
        raise _stale_text()
    return shown.astimezone(dt.UTC)


def _already_signed(name: str) -> UserError:
    return UserError(
        "phone.already_signed",
        QT_TRANSLATE_NOOP(
            "ServiceMessages",
            "Tautan ini sudah dipakai: tanda tangan {name} sudah tersimpan.",
        ),
        name=name,
    )


def outbox_top() -> int:
    return int(Change.select(fn.MAX(Change.seq)).scalar() or 0)


def hub_writer() -> dict[str, Any]:
    """The hub as a writer of replicated rows, as ``/api/stations`` lists stations: its own
    station id and the public half of its station key (which seals its rows and signs its
    evidence chain)."""
    public = public_bytes(station_key())
    return {
        "id": clock.station_id,
        "name": "Hub",
        "code": "HUB",
        "public_key": base64.b64encode(public).decode("ascii"),
        "revoked": False,
    }


def publish_own_changes(after_seq: int) -> int:
    """Put the hub's own outbox rows after ``after_seq`` into the change log desks pull,
    sealed by the hub as their writer (call inside the hub's write lock)."""
    now = utcnow()
    writer, key = clock.station_id, station_key()
    rows = [
        {
            "station_id": writer,
            "seq": change.seq,
            "table_name": change.table_name,
            "row_id": change.row_id,
            "hlc": change.hlc,
            "payload": seal_text(str(change.payload), writer, key),
            "received_at": now,
        }
        for change in Change.select().where(Change.seq > after_seq).order_by(Change.seq)
    ]
    if rows:
        HubChange.insert_many(rows).execute()
    return len(rows)


def submit_signature(
    token: str,
    form: dict[str, Any],
    user_agent: str,
    write_lock: WriteLock,
    now: dt.datetime | None = None,
    believes: KeyBelief | None = None,
) -> Signature:
    """Store the signature a phone sent, through the evidence service; ``UserError`` (and
    nothing stored) when anything about it is wrong."""
    now = now or utcnow()
    target = resolve(token, now, believes)
    if form.get("consent") is not True:
        raise UserError(
            "phone.consent_required",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Centang persetujuan penyimpanan data tanda tangan sebelum mengirim.",
            ),
        )
    if str(form.get("text_id", "")) != str(target.text.id):
        raise _stale_text()
    shown_at = _shown_at(form.get("shown_at"), now)
    shown_text = render_text(target.text, target.event, shown_at, attendee=target.attendee)
    if sha256_text(shown_text) != str(form.get("text_sha256", "")):
        raise _stale_text()
    strokes = parse_strokes(form.get("strokes"))
    strokes.validate()  # empty or a dot: the evidence service's own words
    image = render_png(strokes)
    with write_lock():
        if signature_for(target.event, target.attendee) is not None:
            raise _already_signed(str(target.attendee.full_name))
        before = outbox_top()
        signature = record_signature(
            target.event,
            target.text,
            strokes,
            image,
            consent=True,
            attendee=target.attendee,
            operator="ponsel",
            shown_at=shown_at,
            method=SignatureMethod.PHONE,
            user_agent=user_agent,
        )
        publish_own_changes(before)
    return signature
