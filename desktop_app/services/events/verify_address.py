"""Where an event's certificate QR codes point: the verification address.

A member of the public scans a certificate with a phone and lands on
``<address>/V/<token>``, so the address must be one the organizer actually runs (the hub's
public address, or a site of their own). The rules live with the event (it is an event
field); ``certificates.token`` builds its URLs with :func:`url_prefix` from here.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.common.messages import Message, message

# The address events had before it could be set: a host nobody set up for this organizer.
PLACEHOLDER_ADDRESS = "https://verifikasi.ikrar.id"
MAX_LENGTH = 200
# QR alphanumeric mode (a smaller, easier-to-scan code) holds only these characters.
_QR_ALPHANUMERIC = re.compile(r"^[0-9A-Z $%*+\-./:]+$")


def url_prefix(verify_base_url: str) -> str:
    """``https://verifikasi.ikrar.id`` → ``HTTPS://VERIFIKASI.IKRAR.ID/V/`` (uppercase, so the
    QR stays alphanumeric; the verification site must treat paths case-insensitively)."""
    base = verify_base_url.strip().rstrip("/")
    if "://" not in base:
        base = "https://" + base
    return base.upper() + "/V/"


def preview_url(verify_base_url: str) -> str:
    """What a certificate's QR code will hold, with a sample token."""
    return url_prefix(verify_base_url) + "ABCD1234…"


def clean_verify_address(text: str) -> str:
    """The address as stored (``https://host[:port][/path]``, no trailing slash), or a
    ``UserError`` saying what is wrong with it."""
    address = text.strip()
    if "://" not in address and address:
        address = "https://" + address
    address = address.rstrip("/")
    parts = urlsplit(address)
    host_ok = bool(parts.hostname) and " " not in address
    if not address or parts.scheme.lower() not in ("http", "https") or not host_ok:
        raise UserError(
            "event.verify_address_invalid",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Alamat verifikasi '{address}' bukan alamat web (contoh: "
                "https://bawaslu-kupang.example.id).",
            ),
            field="verify_base_url",
            address=text.strip(),
        )
    if parts.query or parts.fragment or len(address) > MAX_LENGTH:
        raise UserError(
            "event.verify_address_form",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Alamat verifikasi harus berupa alamat situs saja (tanpa '?' atau '#', paling "
                "panjang 200 karakter).",
            ),
            field="verify_base_url",
        )
    if not _QR_ALPHANUMERIC.match(url_prefix(address)):
        raise UserError(
            "event.verify_address_characters",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Alamat verifikasi hanya boleh berisi huruf, angka, titik, titik dua, garis "
                "miring dan tanda minus (agar muat di kode QR).",
            ),
            field="verify_base_url",
        )
    return f"{parts.scheme.lower()}://{address.split('://', 1)[1]}"


def suggested_verify_address(hub_url: str) -> str:
    """The address for a new event: the hub's own address when this laptop knows one."""
    return clean_verify_address(hub_url) if hub_url.strip() else PLACEHOLDER_ADDRESS


def verify_address_warnings(address: str) -> list[Message]:
    """What the organizer should know before printing certificates with this address."""
    warnings: list[Message] = []
    if not address.strip() or address.strip().rstrip("/").lower() == PLACEHOLDER_ADDRESS:
        warnings.append(
            message(
                "event.verify_address_unset",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "Alamat verifikasi belum diatur: kode QR sertifikat menunjuk ke {address}, "
                    "yang tidak dijalankan oleh penyelenggara. Isi dengan alamat hub atau situs "
                    "penyelenggara.",
                ),
                address=PLACEHOLDER_ADDRESS,
            )
        )
    elif not address.strip().lower().startswith("https://"):
        warnings.append(
            message(
                "event.verify_address_not_https",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "Alamat verifikasi tidak memakai HTTPS: ponsel dapat memperingatkan "
                    "pemindainya dan isinya dapat diubah di jalan.",
                ),
            )
        )
    return warnings
