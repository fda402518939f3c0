"""The organizer role: a PIN, stored only as an scrypt hash in the local settings.

Raw signature strokes (timing and pressure may be biometric data under UU No. 27/2022)
are only handed out to whoever knows this PIN; desk operators see signature images only.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from desktop_app.models import Setting
from desktop_app.services.common.audit import log_action
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.common.settings import ORGANIZER_PIN_HASH

# scrypt cost: ~50 ms on a desk laptop, enough to make guessing a 6-digit PIN slow offline.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MIN_PIN_LENGTH = 6


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)


def has_organizer_pin() -> bool:
    """Whether an organizer PIN has been set on this station."""
    return bool(ORGANIZER_PIN_HASH.get())


def check_organizer_pin(pin: str) -> bool:
    """True when ``pin`` is the organizer PIN (constant-time comparison)."""
    stored = ORGANIZER_PIN_HASH.get()
    if not stored or not pin:
        return False
    try:
        scheme, n, r, p, salt_hex, hash_hex = stored.split("$")
        if scheme != "scrypt":
            return False
        derived = _derive(pin, bytes.fromhex(salt_hex), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(derived, bytes.fromhex(hash_hex))


def set_organizer_pin(new_pin: str, current_pin: str = "", operator: str = "") -> None:
    """Set or change the organizer PIN; changing it requires the current one."""
    if has_organizer_pin() and not check_organizer_pin(current_pin):
        raise UserError(
            "organizer.pin_current_wrong",
            QT_TRANSLATE_NOOP("ServiceMessages", "PIN penyelenggara saat ini salah."),
            field="current_pin",
        )
    if len(new_pin) < MIN_PIN_LENGTH or new_pin.strip() != new_pin:
        raise UserError(
            "organizer.pin_too_short",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "PIN penyelenggara minimal {min} karakter tanpa spasi."
            ),
            field="new_pin",
            min=MIN_PIN_LENGTH,
        )
    salt = secrets.token_bytes(16)
    derived = _derive(new_pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    value = f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${derived.hex()}"
    with Setting._meta.database.atomic():
        ORGANIZER_PIN_HASH.set(value)
        log_action("organizer.pin_set", "setting", ORGANIZER_PIN_HASH.key, operator)


def require_organizer(pin: str) -> None:
    """Raise ``UserError`` unless ``pin`` is the organizer PIN."""
    if not has_organizer_pin():
        raise UserError(
            "organizer.pin_not_set",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "PIN penyelenggara belum diatur; data goresan tanda tangan tidak dapat dibuka.",
            ),
        )
    if not check_organizer_pin(pin):
        raise UserError(
            "organizer.pin_wrong",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "PIN penyelenggara salah; data goresan hanya untuk penyelenggara.",
            ),
            field="pin",
        )
