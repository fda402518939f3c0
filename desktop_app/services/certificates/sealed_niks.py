"""The organizer's side of sealed NIKs: which key a station seals to, sealing the NIKs typed
before that key was known, and opening them for an export where the root is held.

The scheme is ``models/nik_sealing.py`` (the model seals on every write). A station that
learns the organizer's key later (pairing, ``ikrar root trust|accept``, its next sync)
seals its waiting NIKs as ordinary authored updates of those rows, so they sync like any
edit.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from peewee import fn

from desktop_app.models import Attendee, Event, database_proxy
from desktop_app.models.base import log_changes_many
from desktop_app.models.clock import clock
from desktop_app.models.fields import utcnow
from desktop_app.models.nik_sealing import (
    NikOpener,
    Refusal,
    SealedNikError,
    forget_recipient,
    seal_nik,
    sealed_prefix,
)
from desktop_app.services.certificates.organizer_encryption import (
    organizer_encryption_key,
    root_encryption_keys,
)
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.common.messages import Message, message
from desktop_app.services.common.query_rows import fk, rows_of

CHUNK = 500
log = logging.getLogger("ikrar.nik")


def refusal_message(reason: Refusal) -> Message:
    """Why a sealed NIK did not open, in words."""
    if reason is Refusal.OTHER_KEY:
        return message(
            "nik.other_key",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "terenkripsi untuk kunci penyelenggara lain, bukan kunci ini"
            ),
        )
    if reason is Refusal.NOT_THIS_ROW:
        return message(
            "nik.not_this_row",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "bukan milik peserta ini (dipindahkan dari baris lain atau diubah)",
            ),
        )
    return message(
        "nik.damaged",
        QT_TRANSLATE_NOOP("ServiceMessages", "isinya rusak atau bentuknya tidak dikenal"),
    )


def organizer_recipient() -> bytes | None:
    """The organizer's X25519 public key this station seals NIKs to (None: not known yet)."""
    found = organizer_encryption_key()
    return None if found is None else found.key


def seal_waiting_niks() -> int:
    """Seal every clear NIK here that is not sealed to the current organizer key yet.

    Each row is an ordinary update (new HLC stamp, outbox entry), written in chunks inside
    one transaction; returns how many rows were sealed (0 while no key is known).
    """
    forget_recipient()  # the key may have just become known
    recipient = organizer_recipient()
    if recipient is None:
        return 0
    prefix = sealed_prefix(recipient)
    query = Attendee.select(Attendee.id).where(
        (Attendee.nik != "") & (fn.SUBSTR(Attendee.nik_sealed, 1, len(prefix)) != prefix)
    )
    waiting = [str(row_id) for (row_id,) in rows_of(query)]
    if not waiting:
        return 0  # no transaction at all: a no-change sync stays read-only
    db = database_proxy.obj
    with database_proxy.atomic():
        for start in range(0, len(waiting), CHUNK):
            rows = list(Attendee.select().where(Attendee.id.in_(waiting[start : start + CHUNK])))
            now = utcnow()
            for row in rows:
                row.updated_at, row.hlc = now, clock.now()
                row.nik_sealed = seal_nik(recipient, fk(row, "event"), row.id, row.nik)
            # One prepared UPDATE for the chunk: peewee's per-row query costs more than SQLite.
            mark = db.param
            db.cursor().executemany(
                f'UPDATE "attendee" SET "nik_sealed" = {mark}, "updated_at" = {mark}, '
                f'"hlc" = {mark} WHERE "id" = {mark}',
                [
                    (row.nik_sealed, Attendee.updated_at.db_value(now), row.hlc, row.id)
                    for row in rows
                ],
            )
            log_changes_many(Attendee, rows, now)
    return len(waiting)


@dataclass
class OpenedNiks:
    """The clear NIKs of an event's attendees (by id), and those that could not be shown."""

    niks: dict[str, str] = field(default_factory=dict)
    refused: list[tuple[str, Refusal]] = field(default_factory=list)  # (code, reason)
    not_sealed: list[str] = field(default_factory=list)  # codes: no NIK reached this folder


def open_event_niks(event: Event, keys_folders: list[Path]) -> OpenedNiks:
    """Every attendee's NIK: typed here, or opened with the organizer root held here.

    Raises ``UserError`` (nothing is written by the caller) when no folder holds a root.
    """
    keys = root_encryption_keys(keys_folders)
    if not keys:
        raise UserError(
            "nik.no_root",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "NIK hanya dapat dibuka di folder data yang menyimpan kunci induk "
                "penyelenggara (hub atau laptop penyelenggara). Tidak ada berkas yang ditulis.",
            ),
        )
    opener = NikOpener(keys)
    found = OpenedNiks()
    query = Attendee.select(Attendee.id, Attendee.code, Attendee.nik, Attendee.nik_sealed).where(
        (Attendee.event == event) & ~Attendee.removed
    )
    for row_id, code, nik, sealed in rows_of(query):
        if nik:
            found.niks[row_id] = nik
        elif sealed:
            try:
                found.niks[row_id] = opener.open(sealed, event.id, row_id)
            except SealedNikError as exc:
                found.refused.append((code, exc.reason))
    masked = Attendee.select(Attendee.code).where(
        (Attendee.event == event)
        & ~Attendee.removed
        & (Attendee.nik_masked != "")
        & (Attendee.nik == "")
        & (Attendee.nik_sealed == "")
    )
    found.not_sealed = [str(code) for (code,) in rows_of(masked)]
    log.info(  # who opened clear NIKs, and when, is in this folder's log
        "clear NIKs opened for an export of event %s: %d shown, %d refused, %d not sealed",
        event.code,
        len(found.niks),
        len(found.refused),
        len(found.not_sealed),
    )
    return found
