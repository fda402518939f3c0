"""Certificate pinning for a hub on HTTPS with a self-signed certificate.

At enrolment the station fetches the hub's certificate, checks its SHA-256 fingerprint
against the one shown by ``ikrar hub pair`` (or trusts it on first use and prints it), and
stores it. From then on the TLS context trusts exactly that certificate and nothing
else, so a different certificate on the same address is refused before any data is sent.
"""

from __future__ import annotations

import hashlib
import ssl
from urllib.parse import urlparse

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError


class PinningError(UserError):
    """The hub's certificate is not the one expected."""


def normalize_fingerprint(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")


def fingerprint_of_der(der: bytes) -> str:
    """SHA-256 of the certificate, upper-case hex in colon-separated pairs."""
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def fingerprint_of_pem(pem: str) -> str:
    cert = x509.load_pem_x509_certificate(pem.encode("ascii"))
    return fingerprint_of_der(cert.public_bytes(serialization.Encoding.DER))


def fingerprints_match(a: str, b: str) -> bool:
    na, nb = normalize_fingerprint(a), normalize_fingerprint(b)
    return len(na) == 64 and na == nb


def fetch_certificate(url: str, timeout: float = 10.0) -> str:
    """The PEM certificate a hub presents (not validated; the caller pins it)."""
    parsed = urlparse(url)
    host = parsed.hostname or ""
    port = parsed.port or 443
    return ssl.get_server_certificate((host, port), timeout=timeout)


def check_pin(pem: str, expected: str) -> str:
    """The certificate's fingerprint, or ``PinningError`` if it differs from ``expected``."""
    actual = fingerprint_of_pem(pem)
    if expected and not fingerprints_match(actual, expected):
        raise PinningError(
            "sync.pin_mismatch",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Sertifikat hub ({actual}…) tidak sama dengan sidik jari dari kode "
                "pemasangan ({expected}…). Jangan lanjutkan: mungkin ada pihak lain di "
                "jaringan.",
            ),
            actual=actual[:23],
            expected=expected[:23],
        )
    return actual


def pinned_context(pem: str) -> ssl.SSLContext:
    """A client TLS context that accepts only this one certificate.

    Host names are not checked: a venue hub is reached by whatever IP the hotel router
    gives it, and the pin is stronger than a name match.
    """
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    context.check_hostname = False
    context.load_verify_locations(cadata=pem)
    return context
