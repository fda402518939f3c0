"""Certificates to the attendee's phone over the venue network, without HTTP.

A phone that signed gets a *pass*: the attendee and event, an expiry and an HMAC made with
a secret only this hub knows, kept in the phone's browser storage. Anyone who signed on the
pad gets one at the certificate desk page (the poster's QR) by typing the invitation code
printed on their invitation and the last four digits of their NIP/NRP/NIK. With a pass, the
page downloads the attendee's own certificate once it is issued, not revoked, and the
organizer has released the event's certificates (``ikrar release-certificates``); each
download is logged like a print (``record_prints``) and synced to every desk.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import os
import re
import struct
import uuid
from dataclasses import dataclass

from desktop_app.documents.certificates.certificate_batch import certificate_pdf, file_name
from desktop_app.hub.phone_signing import WriteLock, outbox_top, publish_own_changes
from desktop_app.models import Attendee, Certificate, CertificateRevocation, Event
from desktop_app.models.fields import utcnow
from desktop_app.services.certificates.issuing import record_prints
from desktop_app.services.certificates.release import certificates_released
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.common.settings import PHONE_PASS_SECRET

PASS_BODY = struct.Struct(">16s16sI")
PASS_MAC_BYTES = 16
PASS_DAYS = 14
PHONE_OPERATOR = "ponsel"
_LAST_DIGITS = re.compile(r"^[0-9]{4}$")


@dataclass(frozen=True)
class PassView:
    """What the certificate desk page shows for one pass."""

    attendee_name: str
    event_title: str
    ready: bool  # issued and not revoked


def _secret() -> bytes:
    stored = PHONE_PASS_SECRET.get()
    if not stored:
        stored = os.urandom(32).hex()
        PHONE_PASS_SECRET.set(stored)
    return bytes.fromhex(stored)


def make_pass(attendee: Attendee, now: dt.datetime | None = None) -> str:
    expires = (now or utcnow()) + dt.timedelta(days=PASS_DAYS)
    body = PASS_BODY.pack(
        uuid.UUID(str(attendee.id)).bytes,
        uuid.UUID(str(attendee.__data__["event"])).bytes,
        int(expires.timestamp()),
    )
    mac = hmac.new(_secret(), body, hashlib.sha256).digest()[:PASS_MAC_BYTES]
    return base64.urlsafe_b64encode(body + mac).decode("ascii").rstrip("=")


def pass_for_attendee(attendee_id: str) -> str:
    return make_pass(Attendee.get_by_id(attendee_id))


def _bad_pass() -> UserError:
    return UserError(
        "phone.pass_invalid",
        QT_TRANSLATE_NOOP(
            "ServiceMessages",
            "Kode akses sertifikat tidak sah atau kedaluwarsa. Masukkan lagi kode undangan Anda.",
        ),
    )


def attendee_of_pass(token: str, now: dt.datetime | None = None) -> Attendee:
    """The attendee a pass names; ``UserError`` for anything not made by this hub."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (binascii.Error, ValueError):
        raise _bad_pass() from None
    if len(token) > 100 or len(raw) != PASS_BODY.size + PASS_MAC_BYTES:
        raise _bad_pass()
    body, mac = raw[: PASS_BODY.size], raw[PASS_BODY.size :]
    expected = hmac.new(_secret(), body, hashlib.sha256).digest()[:PASS_MAC_BYTES]
    if not hmac.compare_digest(mac, expected):
        raise _bad_pass()
    attendee_id, event_id, expires = PASS_BODY.unpack(body)
    if expires < (now or utcnow()).timestamp():
        raise _bad_pass()
    attendee = Attendee.get_or_none(Attendee.id == str(uuid.UUID(bytes=attendee_id)))
    if attendee is None or attendee.__data__["event"] != str(uuid.UUID(bytes=event_id)):
        raise _bad_pass()
    return attendee


def pass_for_invitation(code: str, last_digits: str) -> str:
    """A pass for the attendee whose invitation code is ``code`` and whose identifier
    ends in ``last_digits`` (one answer for every mismatch)."""
    code = code.strip().upper()
    last_digits = last_digits.strip()
    attendee = Attendee.get_or_none(Attendee.code == code) if 0 < len(code) <= 16 else None
    identifiers = [str(x) for x in (attendee.nip, attendee.nrp, attendee.nik)] if attendee else []
    if (
        attendee is None
        or attendee.removed
        or not _LAST_DIGITS.match(last_digits)
        or not any(len(x) >= 8 and x.endswith(last_digits) for x in identifiers)
    ):
        raise UserError(
            "phone.invitation_not_found",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Kode undangan dan 4 digit terakhir NIP/NRP/NIK tidak cocok dengan peserta mana "
                "pun.",
            ),
        )
    return make_pass(attendee)


def _certificate(attendee: Attendee) -> Certificate | None:
    revoked = CertificateRevocation.select(CertificateRevocation.certificate)
    found: Certificate | None = (
        Certificate.select()
        .where((Certificate.attendee == attendee) & Certificate.id.not_in(revoked))
        .order_by(Certificate.issued_at.desc())
        .first()
    )
    return found


def _released_certificate(attendee: Attendee) -> Certificate | None:
    event = Event.get_by_id(attendee.__data__["event"])
    return _certificate(attendee) if certificates_released(event) else None


def pass_view(token: str) -> PassView:
    attendee = attendee_of_pass(token)
    event = Event.get_by_id(attendee.__data__["event"])
    ready = _released_certificate(attendee) is not None
    return PassView(str(attendee.full_name), str(event.title), ready)


def download_certificate(token: str, write_lock: WriteLock) -> tuple[str, bytes]:
    """(file name, PDF) of the pass holder's certificate, the download logged as a print."""
    attendee = attendee_of_pass(token)
    cert = _released_certificate(attendee)
    if cert is None:
        raise UserError(
            "phone.certificate_not_ready",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Sertifikat Anda belum diterbitkan. Coba lagi setelah panitia mengumumkannya.",
            ),
        )
    pdf = certificate_pdf(cert)
    with write_lock():
        before = outbox_top()
        record_prints([cert], operator=PHONE_OPERATOR)
        publish_own_changes(before)
    return file_name(cert), pdf
