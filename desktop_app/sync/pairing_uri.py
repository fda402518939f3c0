"""The pairing QR's text: what the hub prints (``ikrar hub pair``) and a station reads back.

Both sides need the same format, so it lives below the hub: the station side (``sync``)
never imports the hub.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlencode, urlparse

PAIR_SCHEME = "ikrar-pair"


def pairing_uri(url: str, code: str, fingerprint: str = "") -> str:
    """What the QR code holds: everything ``ikrar enroll`` needs."""
    query = {"url": url, "code": code}
    if fingerprint:
        query["fp"] = fingerprint
    return f"{PAIR_SCHEME}:?{urlencode(query)}"


def parse_pairing_uri(text: str) -> tuple[str, str, str] | None:
    """(url, code, fingerprint) from a scanned pairing QR, or None if it is not one."""
    if not text.startswith(f"{PAIR_SCHEME}:"):
        return None
    query = parse_qs(urlparse(text).query)
    url = query.get("url", [""])[0]
    code = query.get("code", [""])[0]
    if not url or not code:
        return None
    return url, code, query.get("fp", [""])[0]
