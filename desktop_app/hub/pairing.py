"""One-time pairing codes that let a new station enrol at the hub."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from dataclasses import dataclass

from desktop_app.models.fields import utcnow
from desktop_app.models.sync_state import HubPairingCode
from desktop_app.services.common.codes import random_code


def normalize_code(code: str) -> str:
    """Codes are read aloud and retyped: ignore case, spaces and dashes; O→0, I/L→1."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return cleaned.replace("O", "0").replace("I", "1").replace("L", "1")


def code_hash(code: str) -> str:
    return hashlib.sha256(normalize_code(code).encode("ascii")).hexdigest()


@dataclass(frozen=True)
class PairingCode:
    code: str  # shown as XXXX-XXXX
    expires_at: dt.datetime


# An unused code reserved for re-keying one enrolled station carries this prefix in
# ``used_by`` (then the station id); once used, ``used_by`` holds the station id as usual.
REKEY_PREFIX = "rekey:"


def create_pairing_code(minutes: int = 15, rekey_station: str = "") -> PairingCode:
    """Store a fresh one-time code (hashed) valid for ``minutes``.

    A plain code enrols a new station id only. ``rekey_station`` makes a code that gives
    that already enrolled station a new key (the organizer's explicit action on the hub).
    """
    raw = random_code(8)
    expires = utcnow() + dt.timedelta(minutes=minutes)
    HubPairingCode.create(
        code_sha256=code_hash(raw),
        expires_at=expires,
        used_by=f"{REKEY_PREFIX}{rekey_station}" if rekey_station else "",
    )
    return PairingCode(f"{raw[:4]}-{raw[4:]}", expires)


def rekey_target(pairing: HubPairingCode) -> str:
    """The station an unused code may re-key, or "" for a code that enrols new stations."""
    used_by = str(pairing.used_by or "")
    return used_by.removeprefix(REKEY_PREFIX) if used_by.startswith(REKEY_PREFIX) else ""


def ascii_qr(data: str) -> str:
    """The QR code as terminal text (qrcode's own renderer)."""
    import qrcode

    qr = qrcode.QRCode(border=1)
    qr.add_data(data)
    qr.make(fit=True)
    out = io.StringIO()
    qr.print_ascii(out=out, invert=True)
    return out.getvalue()
