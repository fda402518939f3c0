"""Stations the organizer revoked, as a list signed by the organizer root.

The hub's own revocations (``ikrar hub revoke``) used to reach stations only as a flag in
``/api/stations``, replaced at every sync, and stations certified offline by ``ikrar root``
could not be revoked at all. Now whoever holds the root (the hub, or the organizer's laptop
with ``ikrar root revoke``) issues a *revocation list*:

    {"format": "ikrar-station-revocations/1", "root": <root public key>, "serial": n,
     "issued_at": ISO, "entries": [{"station", "revoked_at", "reason"}], "sig": ...}

signed by the root over everything but ``sig``. Each new list has the next serial and keeps
every earlier entry, so a list only grows. It travels with sync (the hub serves the lists it
holds in ``/api/stations``), inside bundles, and on USB (``ikrar root export-revocations`` /
``trust-revocations``). A data folder keeps, per trusted root, the list with the highest
serial it has seen (the ``STATION_REVOCATIONS`` setting): a lower or equal serial never replaces
it, a list from a root it does not trust or with a signature that does not hold is refused.
Lists are checked again whenever they are read, so a list edited in the database is ignored.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop_app.models import database_proxy
from desktop_app.models.fields import utcnow
from desktop_app.models.sync_state import HubStation
from desktop_app.services.certificates.organizer_root import trust_root, trusted_roots
from desktop_app.services.common.base64_text import from_base64, to_base64
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.common.hashing import key_fingerprint
from desktop_app.services.common.settings import STATION_REVOCATIONS
from desktop_app.services.common.station_key import public_bytes

log = logging.getLogger("ikrar.certificates")

FORMAT = "ikrar-station-revocations/1"
EXPORT_FORMAT = "ikrar-station-revocation-lists/1"  # the USB file: one or more lists
CONTEXT = b"ikrar-station-revocations-v1\n"
MAX_ENTRIES = 200  # a list file stays under 64 KiB (USB files, bundle manifests)
MAX_REASON = 200
MAX_STATION_ID = 36
FIELDS = ("format", "root", "serial", "issued_at", "entries")


@dataclass(frozen=True)
class Revocation:
    """One station on a verified list."""

    station_id: str
    revoked_at: dt.datetime
    reason: str
    root: bytes
    serial: int


@dataclass(frozen=True)
class RevocationList:
    root: bytes
    serial: int
    issued_at: dt.datetime
    entries: tuple[Revocation, ...]
    document: dict[str, Any]


class Accepted:
    NEWER = "newer"  # stored: it replaced an older list or was the first from its root
    KNOWN = "known"  # the same serial is already stored


def _unreadable(detail: str) -> UserError:
    return UserError(
        "revocations.unreadable",
        QT_TRANSLATE_NOOP(
            "ServiceMessages",
            "Berkas ini bukan daftar pencabutan stasiun Ikrar yang utuh ({detail}). Tidak ada "
            "yang berubah.",
        ),
        detail=detail,
    )


def _statement(document: dict[str, Any]) -> bytes:
    body = {name: document.get(name) for name in FIELDS}
    return CONTEXT + json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _instant(value: Any, detail: str) -> dt.datetime:
    if not isinstance(value, str) or len(value) > 40:
        raise _unreadable(detail)
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        raise _unreadable(detail) from None
    if when.tzinfo is None:
        raise _unreadable(detail)
    return when


def parse_list(document: Any) -> RevocationList:
    """The list's fields, strictly checked (not yet its signature or root)."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _unreadable("format")
    root = from_base64(document.get("root"))
    if root is None or len(root) != 32:
        raise _unreadable("root")
    serial = document.get("serial")
    if not isinstance(serial, int) or isinstance(serial, bool) or not 0 < serial < 2**53:
        raise _unreadable("serial")
    issued_at = _instant(document.get("issued_at"), "issued_at")
    items = document.get("entries")
    if not isinstance(items, list) or len(items) > MAX_ENTRIES:
        raise _unreadable("entries")
    entries = []
    for item in items:
        if not isinstance(item, dict):
            raise _unreadable("entries")
        station, reason = item.get("station"), item.get("reason")
        if not isinstance(station, str) or not 0 < len(station) <= MAX_STATION_ID:
            raise _unreadable("station")
        if not isinstance(reason, str) or len(reason) > MAX_REASON:
            raise _unreadable("reason")
        when = _instant(item.get("revoked_at"), "revoked_at")
        entries.append(Revocation(station, when, reason, root, serial))
    return RevocationList(root, serial, issued_at, tuple(entries), document)


def verify_list(document: Any, roots: list[bytes]) -> RevocationList:
    """A list signed by one of ``roots``; ``UserError`` saying why not."""
    parsed = parse_list(document)
    if parsed.root not in roots:
        raise UserError(
            "revocations.untrusted_root",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Daftar pencabutan ini ditandatangani kunci induk yang tidak dipercaya di sini "
                "(sidik jari {fingerprint}). Tidak ada yang berubah.",
            ),
            fingerprint=key_fingerprint(parsed.root),
        )
    try:
        Ed25519PublicKey.from_public_bytes(parsed.root).verify(
            from_base64(document.get("sig")) or b"", _statement(document)
        )
    except (InvalidSignature, ValueError):
        raise UserError(
            "revocations.bad_signature",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Tanda tangan daftar pencabutan tidak sah: berkas telah diubah atau rusak. "
                "Tidak ada yang berubah.",
            ),
        ) from None
    return parsed


# -- what this data folder keeps -------------------------------------------------------

_cache: tuple[str, tuple[bytes, ...], dict[bytes, RevocationList]] | None = None


def _stored_documents() -> dict[str, Any]:
    text = STATION_REVOCATIONS.get()
    try:
        data = json.loads(text) if text else {}
    except (ValueError, RecursionError):
        data = {}
    return data if isinstance(data, dict) else {}


def stored_lists() -> dict[bytes, RevocationList]:
    """The kept list of each trusted root, verified again (cached per stored text)."""
    global _cache
    text, roots = STATION_REVOCATIONS.get(), tuple(trusted_roots())
    if _cache is not None and _cache[0] == text and _cache[1] == roots:
        return _cache[2]
    lists: dict[bytes, RevocationList] = {}
    for document in _stored_documents().values():
        try:
            parsed = verify_list(document, list(roots))
        except UserError as exc:
            log.warning("ignoring a stored revocation list: %s", exc)
            continue
        lists[parsed.root] = parsed
    _cache = (text, roots, lists)
    return lists


def _store(parsed: RevocationList) -> None:
    documents = _stored_documents()
    documents[to_base64(parsed.root)] = parsed.document
    STATION_REVOCATIONS.set(json.dumps(documents, sort_keys=True, separators=(",", ":")))


def accept_list(document: Any) -> str:
    """Keep a list from a trusted root if its serial is higher than the one kept.

    ``Accepted.NEWER`` or ``Accepted.KNOWN``; ``UserError`` for an unreadable list, a foreign
    root, a bad signature, or a serial lower than the one kept."""
    parsed = verify_list(document, trusted_roots())
    with database_proxy.atomic():
        kept = stored_lists().get(parsed.root)
        if kept is not None and parsed.serial == kept.serial:
            return Accepted.KNOWN
        if kept is not None and parsed.serial < kept.serial:
            raise UserError(
                "revocations.older",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "Daftar pencabutan nomor {serial} lebih lama dari yang sudah disimpan di sini "
                    "(nomor {kept}). Tidak ada yang berubah.",
                ),
                serial=parsed.serial,
                kept=kept.serial,
            )
        _store(parsed)
    return Accepted.NEWER


def accept_lists_quietly(documents: Any, source: str) -> int:
    """Keep the newer lists among ``documents`` (from a hub or a bundle); refusals are
    logged, never raised: revocation lists never stop a sync or an import. How many kept."""
    if not isinstance(documents, list):
        return 0
    kept = 0
    for document in documents[:20]:
        try:
            kept += accept_list(document) == Accepted.NEWER
        except UserError as exc:
            log.warning("revocation list from %s refused: %s", source, exc)
    return kept


def lists_to_share() -> list[dict[str, Any]]:
    """The kept lists, as documents, for a hub's answer, a bundle or a USB file."""
    return [parsed.document for parsed in stored_lists().values()]


def revoked_by_list() -> dict[str, Revocation]:
    """Stations on a kept list of a trusted root, by id (the earliest revocation wins)."""
    found: dict[str, Revocation] = {}
    for parsed in stored_lists().values():
        for entry in parsed.entries:
            known = found.get(entry.station_id)
            if known is None or entry.revoked_at < known.revoked_at:
                found[entry.station_id] = entry
    return found


# -- issuing (where the root is) ---------------------------------------------------------


def sign_list(
    root: Ed25519PrivateKey, serial: int, entries: list[dict[str, str]]
) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": FORMAT,
        "root": to_base64(public_bytes(root)),
        "serial": serial,
        "issued_at": utcnow().isoformat(timespec="seconds"),
        "entries": entries,
    }
    document["sig"] = to_base64(root.sign(_statement(document)))
    return document


def revoke_stations(
    root: Ed25519PrivateKey, revocations: dict[str, tuple[dt.datetime, str]]
) -> RevocationList | None:
    """Add stations to the root's list (next serial) and keep it here; None when every one
    of them is on it already. ``revocations``: station id → (when, reason)."""
    root_public = public_bytes(root)
    with database_proxy.atomic():
        trust_root(root_public)  # the root's holder believes its own lists
        kept = stored_lists().get(root_public)
        entries = [dict(e) for e in (kept.document["entries"] if kept else [])]
        listed = {e["station"] for e in entries}
        new = {s: v for s, v in revocations.items() if s not in listed}
        if not new:
            return None
        for station_id, (when, reason) in sorted(new.items()):
            entries.append(
                {
                    "station": station_id,
                    "revoked_at": when.astimezone(dt.UTC).isoformat(timespec="seconds"),
                    "reason": reason[:MAX_REASON],
                }
            )
        if len(entries) > MAX_ENTRIES:
            raise _unreadable("entries")
        parsed = parse_list(sign_list(root, (kept.serial if kept else 0) + 1, entries))
        _store(parsed)
    return parsed


def revoke_station(root: Ed25519PrivateKey, station_id: str, reason: str) -> RevocationList:
    """``ikrar root revoke``: the root's new list with ``station_id`` on it."""
    station_id = station_id.strip()
    if not 0 < len(station_id) <= MAX_STATION_ID:
        raise UserError(
            "revocations.bad_station",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "Id stasiun '{station}' tidak sah (1-36 karakter)."
            ),
            station=station_id[:40],
        )
    if len(reason) > MAX_REASON:
        raise UserError(
            "revocations.reason_too_long",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "Alasan pencabutan terlalu panjang (paling banyak {limit})."
            ),
            limit=MAX_REASON,
        )
    now = utcnow()
    with database_proxy.atomic():
        parsed = revoke_stations(root, {station_id: (now, reason.strip())})
        # On a hub's data folder the station is refused at once, as with ``ikrar hub revoke``.
        HubStation.update(revoked_at=now).where(
            (HubStation.id == station_id) & HubStation.revoked_at.is_null()
        ).execute()
    if parsed is None:
        raise UserError(
            "revocations.already",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Stasiun {station} sudah ada dalam daftar pencabutan. Tidak ada yang berubah.",
            ),
            station=station_id,
        )
    return parsed


# -- the USB file --------------------------------------------------------------------------


def export_document() -> dict[str, Any]:
    """Every kept list in one file (``ikrar root export-revocations``)."""
    lists = lists_to_share()
    if not lists:
        raise UserError(
            "revocations.none",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "Folder data ini belum menyimpan daftar pencabutan stasiun."
            ),
        )
    return {"format": EXPORT_FORMAT, "lists": lists}


def import_document(data: dict[str, Any]) -> tuple[int, int]:
    """Keep the lists of a USB file; (newer kept, already known). Any refused list (foreign
    root, bad signature, older serial, unreadable) refuses the whole file."""
    lists = data.get("lists")
    if not isinstance(lists, list) or not 0 < len(lists) <= 20:
        raise _unreadable("lists")
    outcomes = []
    with database_proxy.atomic():
        for document in lists:
            outcomes.append(accept_list(document))
    kept = sum(outcome == Accepted.NEWER for outcome in outcomes)
    return kept, len(outcomes) - kept
