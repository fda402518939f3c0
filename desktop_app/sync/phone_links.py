"""One-time links that let an attendee sign on their own phone at the venue.

The desk that checked the attendee in writes the link; the venue hub serves the page it
opens. No round trip is needed to make one: the link is signed with the desk's own station
key (``identity.load_or_create_key``), which the hub already knows from enrolment, so the
hub can tell a link a desk wrote from one anybody typed, and a revoked desk's links stop
working with it. Binary, then base64url without padding::

    version (1) | station id (16) | event id (16) | attendee id (16) | text id (16)
    | expires: Unix seconds (4) | nonce (8) | Ed25519 signature (64) over the rest

188 characters: the link is bound to one attendee, one event and one version of the
declaration text, expires (15 minutes unless the desk says otherwise), and cannot be
guessed (the signature) or changed (any change breaks it). It is single use because a
signature is: once the attendee has signed, every later submit is refused.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import os
import struct
import uuid
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from desktop_app.models import Attendee, DeclarationText, Event
from desktop_app.models.clock import clock
from desktop_app.paths import DataDir
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.common.settings import HUB_URL, PHONE_LINK_MINUTES
from desktop_app.sync.identity import load_or_create_key

LINK_VERSION = 1
# What the signature covers starts with this, so a link signature can never be mistaken
# for (or replayed as) a signed hub request or bundle made with the same station key.
DOMAIN = b"ikrar-phone-link-v1\x00"
BODY = struct.Struct(">B16s16s16s16sI8s")
SIGNATURE_BYTES = 64
TOKEN_CHARS = 188
MAX_MINUTES = 24 * 60
PATH_PREFIX = "/p/"


@dataclass(frozen=True)
class PhoneLink:
    """What a link says, once its signature has been checked (or before, on the desk)."""

    station_id: str
    event_id: str
    attendee_id: str
    text_id: str
    expires_at: dt.datetime
    nonce: bytes


class BadLink(ValueError):
    """A link that is not one a desk wrote (cut, changed, not ours)."""


def _uuid_bytes(value: str) -> bytes:
    return uuid.UUID(value).bytes


def _encode(link: PhoneLink) -> bytes:
    return BODY.pack(
        LINK_VERSION,
        _uuid_bytes(link.station_id),
        _uuid_bytes(link.event_id),
        _uuid_bytes(link.attendee_id),
        _uuid_bytes(link.text_id),
        int(link.expires_at.timestamp()),
        link.nonce,
    )


def sign_link(link: PhoneLink, key: Ed25519PrivateKey) -> str:
    """The link's token (base64url, no padding)."""
    body = _encode(link)
    signature = key.sign(DOMAIN + body)
    return base64.urlsafe_b64encode(body + signature).decode("ascii").rstrip("=")


def read_link(token: str) -> tuple[PhoneLink, bytes, bytes]:
    """Parse a token without trusting it: (link, signed body, signature); ``BadLink``."""
    if len(token) != TOKEN_CHARS:
        raise BadLink("wrong length")
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (binascii.Error, ValueError) as exc:
        raise BadLink("not base64url") from exc
    if len(raw) != BODY.size + SIGNATURE_BYTES:
        raise BadLink("wrong length")
    body, signature = raw[: BODY.size], raw[BODY.size :]
    version, station, event, attendee, text, expires, nonce = BODY.unpack(body)
    if version != LINK_VERSION:
        raise BadLink(f"unknown version {version}")
    link = PhoneLink(
        station_id=str(uuid.UUID(bytes=station)),
        event_id=str(uuid.UUID(bytes=event)),
        attendee_id=str(uuid.UUID(bytes=attendee)),
        text_id=str(uuid.UUID(bytes=text)),
        expires_at=dt.datetime.fromtimestamp(expires, dt.UTC),
        nonce=nonce,
    )
    return link, body, signature


def signature_holds(public_key: bytes, body: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, DOMAIN + body)
    except (InvalidSignature, ValueError):
        return False
    return True


def _link_error() -> UserError:
    return UserError(
        "phone.cannot_link",
        QT_TRANSLATE_NOOP(
            "ServiceMessages",
            "Tautan ponsel tidak dapat dibuat untuk peserta ini (data peserta atau naskah "
            "tidak lengkap).",
        ),
    )


def phone_base_url(hub_url: str | None = None) -> str:
    """Where phones reach the hub: the hub this desk syncs with. ``UserError`` when the desk
    is not enrolled with a hub (phones need the venue hub)."""
    url = (hub_url if hub_url is not None else HUB_URL.get()).strip().rstrip("/")
    if not url:
        raise UserError(
            "phone.no_hub",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Tanda tangan di ponsel memerlukan hub tempat acara: daftarkan meja ini ke hub "
                "dulu (Sinkronisasi).",
            ),
        )
    return url


def make_phone_link(
    home: DataDir,
    event: Event,
    attendee: Attendee,
    text: DeclarationText,
    *,
    minutes: int | None = None,
    now: dt.datetime | None = None,
    hub_url: str | None = None,
) -> tuple[str, PhoneLink]:
    """The URL a phone opens to sign ``text`` as ``attendee``, and what it binds."""
    base = phone_base_url(hub_url)
    minutes = PHONE_LINK_MINUTES.get() if minutes is None else minutes
    minutes = max(1, min(int(minutes), MAX_MINUTES))
    now = now or dt.datetime.now(dt.UTC)
    try:
        link = PhoneLink(
            station_id=clock.station_id,
            event_id=str(event.id),
            attendee_id=str(attendee.id),
            text_id=str(text.id),
            expires_at=(now + dt.timedelta(minutes=minutes)).replace(microsecond=0),
            nonce=os.urandom(8),
        )
        token = sign_link(link, load_or_create_key(home.keys))
    except (ValueError, struct.error) as exc:
        raise _link_error() from exc
    return f"{base}{PATH_PREFIX}{token}", link


@dataclass(frozen=True)
class PhoneLinkOffer:
    """What the desk shows after a check-in: the link's URL and until when it works."""

    url: str
    attendee_name: str
    expires_at: dt.datetime
    timezone: str


def offer_phone_link(home: DataDir, event_id: str, attendee_id: str) -> PhoneLinkOffer | None:
    """A fresh one-time link for a checked-in attendee who has not signed yet; None when
    this desk is not enrolled with a hub or the attendee has signed already."""
    from desktop_app.services.signing.declarations import current_text, declaration_key_for
    from desktop_app.services.signing.signature_evidence import signature_for

    if not HUB_URL.get():
        return None
    event = Event.get_by_id(event_id)
    attendee = Attendee.get_by_id(attendee_id)
    if signature_for(event, attendee) is not None:
        return None
    text = current_text(event, declaration_key_for(attendee))
    url, link = make_phone_link(home, event, attendee, text)
    return PhoneLinkOffer(url, str(attendee.full_name), link.expires_at, str(event.timezone))
