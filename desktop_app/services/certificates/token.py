"""The signed token printed as a QR code on every certificate, and its offline verification.

Binary payload (big-endian), then a 64-byte Ed25519 signature over it::

    version (1) | key id (4) | date: days since 1970-01-01 (2) | role code (1)
    | len+number (1+n) | len+event code (1+n) | len+holder name UTF-8 (1+n)

About 140 bytes for a typical certificate. It is written in Base32 without padding (only
A–Z and 2–7) inside one uppercase URL ``HTTPS://<HOST>/V/<TOKEN>``: every character is in
the QR alphanumeric set, so the code stays in the dense alphanumeric mode, and the same
code opens the online lookup page or is checked offline by ``ikrar verify``.

Personal identifiers (NIK, NIP, phone) are never part of the token (UU PDP): only the name
as printed, the role, the number, the event code and the date.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
import struct
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from desktop_app.services.certificates.revocations import (
    revocation_list_as_of,
    revocation_reason,
    revocation_time_text,
)
from desktop_app.services.certificates.signing_keys import key_id_text
from desktop_app.services.common.messages import QT_TRANSLATE_NOOP, Message, Param, message
from desktop_app.services.events.verify_address import url_prefix

TOKEN_VERSION = 1
SIGNATURE_BYTES = 64
HEADER = struct.Struct(">B4sHB")
EPOCH = dt.date(1970, 1, 1)
ROLE_CODES = {"PESERTA": 0, "NARASUMBER": 1, "PANITIA": 2}
ROLE_BY_CODE = {code: role for role, code in ROLE_CODES.items()}
# QR version 10 at error correction M holds 311 alphanumeric characters: keep URLs within.
MAX_URL_CHARS = 311
MAX_HOLDER_BYTES = 80
_TOKEN_CHARS = re.compile(r"^[A-Z2-7]+$")
_QR_ALPHANUMERIC = re.compile(r"^[0-9A-Z $%*+\-./:]+$")


@dataclass(frozen=True)
class Claims:
    """What a token says about a certificate."""

    number: str
    event_code: str
    holder: str
    role: str
    date: dt.date
    key_id: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "event_code": self.event_code,
            "holder": self.holder,
            "role": self.role,
            "date": self.date.isoformat(),
            "key_id": self.key_id,
        }


class VerificationCode(StrEnum):
    """The verdict on a token, as a code (the verify page and the hub put it into words);
    ``file`` is the verification view's verdict on a file that holds no readable QR code."""

    VALID = "valid"
    REVOKED = "revoked"
    BAD_SIGNATURE = "bad_signature"
    UNKNOWN_KEY = "unknown_key"
    MALFORMED = "malformed"
    FILE = "file"


@dataclass(frozen=True)
class VerificationResult:
    """Outcome of checking a token. ``message`` is the Indonesian text (CLI, hub page);
    ``detail`` the same message for display in another language."""

    ok: bool
    code: VerificationCode
    message: str
    claims: dict[str, Any] = field(default_factory=dict)
    detail: Message | None = None


def _verdict(
    code: VerificationCode, detail: Message, claims: dict[str, Any] | None = None
) -> VerificationResult:
    ok = code is VerificationCode.VALID
    return VerificationResult(ok, code, str(detail), claims or {}, detail)


def is_qr_alphanumeric(text: str) -> bool:
    """True when every character fits QR alphanumeric mode."""
    return bool(_QR_ALPHANUMERIC.match(text))


def _holder_bytes(holder: str, budget: int) -> bytes:
    """The name as UTF-8, cut on a character boundary (with an ellipsis) to fit ``budget``."""
    encoded = holder.strip().encode("utf-8")
    if len(encoded) <= budget:
        return encoded
    ellipsis = "…".encode()
    cut = encoded[: max(0, budget - len(ellipsis))].decode("utf-8", errors="ignore").rstrip(" ,.")
    return cut.encode("utf-8") + ellipsis


def _short(text: str, what: str, limit: int = 255) -> bytes:
    data = text.encode("utf-8")
    if len(data) > limit:
        raise ValueError(f"{what} too long for a token ({len(data)} bytes)")
    return data


def encode_payload(claims: Claims, raw_key_id: bytes, prefix_len: int = 30) -> bytes:
    """The unsigned payload; the holder name is shortened so the URL fits QR version 10-M."""
    number = _short(claims.number, "number")
    event = _short(claims.event_code, "event code")
    fixed = HEADER.size + 3 + len(number) + len(event) + SIGNATURE_BYTES
    max_bytes = (MAX_URL_CHARS - prefix_len) * 5 // 8
    budget = max(16, min(MAX_HOLDER_BYTES, max_bytes - fixed))
    holder = _holder_bytes(claims.holder, budget)
    days = (claims.date - EPOCH).days
    head = HEADER.pack(TOKEN_VERSION, raw_key_id, days, ROLE_CODES.get(claims.role, 0))
    return b"".join(
        [
            head,
            bytes([len(number)]),
            number,
            bytes([len(event)]),
            event,
            bytes([len(holder)]),
            holder,
        ]
    )


def b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=")


def sign_token(
    claims: Claims, private_key: Ed25519PrivateKey, raw_key_id: bytes, prefix_len: int = 30
) -> str:
    """The Base32 token (payload + signature) for ``claims``."""
    payload = encode_payload(claims, raw_key_id, prefix_len)
    return b32(payload + private_key.sign(payload))


def token_url(token: str, verify_base_url: str) -> str:
    """The uppercase URL put in the QR code."""
    return url_prefix(verify_base_url) + token


def extract_token(text: str) -> str:
    """The token from a pasted/scanned token or verification URL, in any letter case."""
    cleaned = "".join(text.split())
    upper = cleaned.upper()
    marker = upper.rfind("/V/")
    if marker >= 0:
        upper = upper[marker + 3 :]
    return upper.strip("/").split("?")[0].split("#")[0].rstrip("=")


class MalformedToken(ValueError):
    """A token that cannot be decoded; ``reason`` says how, for the user."""

    def __init__(self, code: str, reason: str, /, **params: Param) -> None:
        self.reason = message(code, reason, **params)
        super().__init__(str(self.reason))


def decode_token(token: str) -> tuple[Claims, bytes, bytes]:
    """Parse a token: (claims, signed payload, signature). Raises ``MalformedToken``."""
    token = extract_token(token)
    if not token or not _TOKEN_CHARS.match(token):
        raise MalformedToken(
            "token.not_base32",
            QT_TRANSLATE_NOOP("ServiceMessages", "berisi karakter di luar Base32"),
        )
    try:
        data = base64.b32decode(token + "=" * (-len(token) % 8))
    except (binascii.Error, ValueError) as exc:
        raise MalformedToken(
            "token.bad_base32", QT_TRANSLATE_NOOP("ServiceMessages", "bukan Base32 yang sah")
        ) from exc
    if b32(data) != token:
        # Unused trailing bits set: a different text for the same bytes. Only the one
        # canonical spelling is accepted, so no character of a token can change unnoticed.
        raise MalformedToken(
            "token.not_canonical", QT_TRANSLATE_NOOP("ServiceMessages", "bukan Base32 kanonik")
        )
    if len(data) < HEADER.size + 3 + SIGNATURE_BYTES:
        raise MalformedToken(
            "token.too_short", QT_TRANSLATE_NOOP("ServiceMessages", "terlalu pendek")
        )
    payload, signature = data[:-SIGNATURE_BYTES], data[-SIGNATURE_BYTES:]
    version, raw_key_id, days, role_code = HEADER.unpack_from(payload)
    if version != TOKEN_VERSION:
        raise MalformedToken(
            "token.unknown_version",
            QT_TRANSLATE_NOOP("ServiceMessages", "versi token {version} tidak dikenal"),
            version=version,
        )
    offset = HEADER.size
    fields: list[str] = []
    try:
        for _ in range(3):
            length = payload[offset]
            chunk = payload[offset + 1 : offset + 1 + length]
            if len(chunk) != length:
                raise MalformedToken(
                    "token.cut_off", QT_TRANSLATE_NOOP("ServiceMessages", "isi terpotong")
                )
            fields.append(chunk.decode("utf-8"))
            offset += 1 + length
    except (IndexError, UnicodeDecodeError) as exc:
        raise MalformedToken(
            "token.unreadable", QT_TRANSLATE_NOOP("ServiceMessages", "isi tidak dapat dibaca")
        ) from exc
    if offset != len(payload):
        raise MalformedToken(
            "token.length_mismatch", QT_TRANSLATE_NOOP("ServiceMessages", "panjang isi tidak cocok")
        )
    claims = Claims(
        number=fields[0],
        event_code=fields[1],
        holder=fields[2],
        role=ROLE_BY_CODE.get(role_code, "PESERTA"),
        date=EPOCH + dt.timedelta(days=days),
        key_id=key_id_text(raw_key_id),
    )
    return claims, payload, signature


def verify_token(
    token: str,
    keys: Mapping[str, bytes] | None = None,
    revoked: Callable[[str], bool] | None = None,
) -> VerificationResult:
    """Check a token (or verification URL) offline.

    ``keys`` maps key ids to raw Ed25519 public keys; ``revoked(number)`` says whether a
    certificate number is revoked. When None, both come from the local database
    (``SigningKey``, ``CertificateRevocation``), which is as fresh as the last sync.
    """
    try:
        claims, payload, signature = decode_token(token)
    except MalformedToken as exc:
        return _verdict(
            VerificationCode.MALFORMED,
            message(
                "token.malformed",
                QT_TRANSLATE_NOOP("ServiceMessages", "Kode tidak sah: token {reason}."),
                reason=exc.reason,
            ),
        )
    info = claims.as_dict()
    from_database = keys is None
    if keys is None:
        from desktop_app.services.certificates.signing_keys import known_public_keys

        keys = known_public_keys()
    public = keys.get(claims.key_id)
    if public is None and from_database:
        from desktop_app.services.certificates.signing_keys import (
            distrust_reason,
            listed_revocation,
        )

        distrust = distrust_reason(claims.key_id)
        listed = listed_revocation(claims.key_id) if distrust == "revoked" else None
        if listed is not None:
            return _verdict(
                VerificationCode.UNKNOWN_KEY,
                message(
                    "token.key_station_revoked_listed",
                    QT_TRANSLATE_NOOP(
                        "ServiceMessages",
                        "Kunci penanda tangan {key_id} tidak dipercaya: stasiun sudah dicabut "
                        "penyelenggara pada {when} ({reason}).",
                    ),
                    key_id=claims.key_id,
                    when=revocation_time_text(listed.revoked_at),
                    reason=listed.reason or "-",
                ),
                info,
            )
        if distrust == "revoked":
            return _verdict(
                VerificationCode.UNKNOWN_KEY,
                message(
                    "token.key_station_revoked",
                    QT_TRANSLATE_NOOP(
                        "ServiceMessages",
                        "Kunci penanda tangan {key_id} milik stasiun yang aksesnya sudah "
                        "dicabut penyelenggara: sertifikat tidak dipercaya.",
                    ),
                    key_id=claims.key_id,
                ),
                info,
            )
        if distrust == "uncertified":
            return _verdict(
                VerificationCode.UNKNOWN_KEY,
                message(
                    "token.key_uncertified",
                    QT_TRANSLATE_NOOP(
                        "ServiceMessages",
                        "Kunci penanda tangan {key_id} tidak disertifikasi oleh kunci induk "
                        "penyelenggara yang dipercaya: sertifikat tidak dipercaya.",
                    ),
                    key_id=claims.key_id,
                ),
                info,
            )
    if public is None:
        return _verdict(
            VerificationCode.UNKNOWN_KEY,
            message(
                "token.unknown_key",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "Kunci penanda tangan {key_id} tidak dikenal: sertifikat bukan dari "
                    "penyelenggara yang dipercaya (impor kuncinya dengan 'ikrar keys import').",
                ),
                key_id=claims.key_id,
            ),
            info,
        )
    try:
        Ed25519PublicKey.from_public_bytes(bytes(public)).verify(signature, payload)
    except (InvalidSignature, ValueError):
        return _verdict(
            VerificationCode.BAD_SIGNATURE,
            message(
                "token.bad_signature",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "Tanda tangan digital TIDAK sah: isi kode telah diubah atau dipalsukan.",
                ),
            ),
            info,
        )
    if revoked is None:
        reason = revocation_reason(claims.number, claims.event_code)
        if reason is not None:
            return _verdict(
                VerificationCode.REVOKED,
                message(
                    "token.revoked_because",
                    QT_TRANSLATE_NOOP(
                        "ServiceMessages", "Sertifikat {number} telah DICABUT: {reason}"
                    ),
                    number=claims.number,
                    reason=reason,
                ),
                info,
            )
    elif revoked(claims.number):
        return _verdict(
            VerificationCode.REVOKED,
            message(
                "token.revoked",
                QT_TRANSLATE_NOOP("ServiceMessages", "Sertifikat {number} telah DICABUT."),
                number=claims.number,
            ),
            info,
        )
    return _verdict(
        VerificationCode.VALID,
        message(
            "token.valid",
            QT_TRANSLATE_NOOP("ServiceMessages", "Tanda tangan sah; daftar pencabutan per {as_of}"),
            as_of=revocation_list_as_of(),
        ),
        info,
    )
