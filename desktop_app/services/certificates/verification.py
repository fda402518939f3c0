"""The verification view of a certificate: ``ikrar verify``, the Verifikasi page and the
hub's ``/V/<token>`` page all show this one result and only word it differently.

The fields (holder, role, event, date) are filled only when the signature checks out,
valid or revoked: the claims of a forged, altered or unknown-key code are never shown,
because showing them would lend them credibility.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.models import Event
from desktop_app.services.certificates.issuing import certificates_numbered, role_label_for
from desktop_app.services.certificates.token import (
    VerificationCode,
    VerificationResult,
    verify_token,
)
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.common.localtime import MONTHS_ID
from desktop_app.services.common.messages import Message, plain

CERTIFICATE_FILE_SUFFIXES = frozenset({".pdf", ".png", ".jpg", ".jpeg"})


# The signature verified, so the claims are the issuer's own words.
SIGNED_CODES = frozenset({VerificationCode.VALID, VerificationCode.REVOKED})


@dataclass(frozen=True)
class CertificateView:
    """Plain data (no Qt, no model rows) for any caller on any thread."""

    ok: bool
    code: VerificationCode
    detail: Message  # from the token check; the UI words it in the interface language
    number: str = ""
    holder: str = ""
    role: str = ""  # code, e.g. NARASUMBER
    role_label: str = ""
    event_code: str = ""
    event_label: str = ""  # "Title (CODE)" when this database knows the event
    date: str = ""  # ISO date of the event
    date_label: str = ""  # 27 September 2024
    key_id: str = ""

    @property
    def shows_claims(self) -> bool:
        return self.code in SIGNED_CODES

    @property
    def message(self) -> str:
        """The detail in Indonesian (the CLI and the hub page)."""
        return str(self.detail)


def claim_date_label(iso_date: str) -> str:
    """``2024-09-27`` → ``27 September 2024`` (a token's date as Indonesians write it)."""
    try:
        day = dt.date.fromisoformat(iso_date)
    except ValueError:
        return iso_date
    return f"{day.day} {MONTHS_ID[day.month - 1]} {day.year}"


def full_holder_name(number: str, token_holder: str, event_code: str | None = None) -> str:
    """The holder's name as printed. Tokens shorten very long names (with "…") to keep the
    QR small; when this station knows the certificate, its full name is shown instead."""
    if not token_holder.endswith("…"):
        return token_holder
    cert = certificates_numbered(number, event_code).first()
    if cert is not None and cert.holder_name.startswith(token_holder[:-1].rstrip()):
        return str(cert.holder_name)
    return token_holder


def _code(value: str) -> VerificationCode:
    try:
        return VerificationCode(value)
    except ValueError:
        return VerificationCode.MALFORMED


def view_result(result: VerificationResult | Any) -> CertificateView:
    """The view of a token check (any object with ok, code, message, claims; ``detail``
    when it has one)."""
    code = _code(str(result.code))
    detail = getattr(result, "detail", None)
    if not isinstance(detail, Message):
        detail = plain(str(result.message))
    view = CertificateView(bool(result.ok) and code is VerificationCode.VALID, code, detail)
    claims: dict[str, Any] = dict(result.claims or {})
    if code not in SIGNED_CODES or not claims:
        return view
    number = str(claims.get("number", ""))
    event_code = str(claims.get("event_code", ""))
    event = Event.get_or_none(Event.code == event_code) if event_code else None
    role = str(claims.get("role", ""))
    date = str(claims.get("date", ""))
    return CertificateView(
        view.ok,
        code,
        view.detail,
        number=number,
        holder=full_holder_name(number, str(claims.get("holder", "")), event_code),
        role=role,
        role_label=role_label_for(role) if role else "",
        event_code=event_code,
        event_label=f"{event.title} ({event_code})" if event is not None else event_code,
        date=date,
        date_label=claim_date_label(date) if date else "",
        key_id=str(claims.get("key_id", "")),
    )


def view_token(
    text: str, verify: Callable[[str], VerificationResult | Any] | None = None
) -> CertificateView:
    """Check a pasted or scanned token or verification URL offline (``verify`` lets the hub
    and tests put another checker in place of ``token.verify_token``)."""
    return view_result((verify or verify_token)(text.strip()))


def is_certificate_file(text: str) -> bool:
    """Whether the CLI argument names a file to read QR codes from (not a token or URL)."""
    path = Path(text).expanduser()
    return path.suffix.lower() in CERTIFICATE_FILE_SUFFIXES or path.is_file()


def codes_in_file(path: Path) -> list[str]:
    """Every QR text in a PDF or image; ``UserError`` when it is unreadable or has none."""
    from desktop_app.services.certificates.qr_scan import qr_texts_from_file

    found = qr_texts_from_file(path)
    if not found:
        raise UserError(
            "qr_scan.none_found",
            QT_TRANSLATE_NOOP("ServiceMessages", "Tidak ada kode QR yang terbaca di '{file}'."),
            file=path.name,
        )
    return found


def view_input(text: str) -> list[CertificateView]:
    """``ikrar verify``: a token, a URL, or a PDF/PNG with one view per QR code in it.
    ``UserError`` when the file cannot be read or holds no QR code."""
    if is_certificate_file(text):
        return [view_token(code) for code in codes_in_file(Path(text).expanduser())]
    return [view_token(text)]


def view_files(path: Path) -> list[CertificateView]:
    """The Verifikasi page's "open file": one view per QR code in the file (a batch PDF
    holds many certificates), or one ``file`` view saying why there is none."""
    try:
        codes = codes_in_file(path)
    except UserError as exc:
        return [CertificateView(False, VerificationCode.FILE, exc.message)]
    return [view_token(code) for code in codes]


def view_file(path: Path) -> CertificateView:
    """The Verifikasi page's "open file": the first QR code of the file, or a ``file`` view
    saying why there is none."""
    try:
        first = codes_in_file(path)[0]
    except UserError as exc:
        return CertificateView(False, VerificationCode.FILE, exc.message)
    return view_token(first)
