"""Signing officials of an event: who signs which document, edited as one list."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.models import (
    Event,
    Official,
)
from desktop_app.services.common.audit import log_action
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.people.identifiers import validate_nip, validate_nipppk


@dataclass
class OfficialInput:
    name: str
    position: str
    nip: str = ""
    signs: str = "SERTIFIKAT,DAFTAR_HADIR,DEKLARASI"
    id: str = ""  # an existing Official's id when editing; empty for a new one


OFFICIAL_DOCUMENTS = ("SERTIFIKAT", "DAFTAR_HADIR", "DEKLARASI", "UNDANGAN")
# A certificate has room for this many signatory columns under its text.
MAX_CERTIFICATE_SIGNERS = 4


def official_incomplete() -> UserError:
    """The error for an official without a name or position (one message, two callers)."""
    return UserError(
        "official.incomplete",
        QT_TRANSLATE_NOOP("ServiceMessages", "Nama dan jabatan pejabat penandatangan wajib diisi."),
        field="officials",
    )


def clean_official(official: OfficialInput) -> OfficialInput:
    """Trimmed copy with a checked NIP and a normalised ``signs`` list, or ``UserError``."""
    name, position = official.name.strip(), official.position.strip()
    if not name or not position:
        raise official_incomplete()
    nip = official.nip.strip()
    if nip:
        nip = _checked_official_nip(name, nip)
    signs = [s.strip().upper() for s in official.signs.split(",") if s.strip()]
    unknown = [s for s in signs if s not in OFFICIAL_DOCUMENTS]
    if unknown:
        raise UserError(
            "official.unknown_documents",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "Dokumen yang ditandatangani tidak dikenal: {documents}."
            ),
            field="officials",
            documents=", ".join(unknown),
        )
    ordered = ",".join(doc for doc in OFFICIAL_DOCUMENTS if doc in signs)
    return OfficialInput(name=name, position=position, nip=nip, signs=ordered, id=official.id)


def _checked_official_nip(name: str, nip: str) -> str:
    """An official's NIP or NI PPPK as digits, or ``UserError`` naming the official."""
    result = validate_nip(nip)
    if result.ok:
        return str(result.value)
    pppk = validate_nipppk(nip)
    if pppk.ok:
        return str(pppk.value)
    raise UserError(
        "official.bad_nip",
        QT_TRANSLATE_NOOP("ServiceMessages", "NIP {name}: {problem}"),
        field="officials",
        name=name,
        problem=result.as_message(),
    )


def set_officials(
    event: Event, officials: list[OfficialInput], operator: str = ""
) -> list[Official]:
    """Make the event's signing officials exactly ``officials``, in this order.

    Officials are never deleted (their signatures may point at them): one left out is marked
    ``removed``; one with a known ``id`` is updated when something changed; others are new.
    Everything is validated first, so a bad row changes nothing.
    """
    cleaned = [clean_official(o) for o in officials]
    signers = sum(1 for o in cleaned if "SERTIFIKAT" in o.signs.split(","))
    if signers > MAX_CERTIFICATE_SIGNERS:
        raise UserError(
            "officials.too_many_certificate_signers",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Sertifikat memuat paling banyak {limit} pejabat penanda tangan; {ticked} "
                "dicentang. Hapus centang Sertifikat pada sebagian pejabat.",
            ),
            field="officials",
            limit=MAX_CERTIFICATE_SIGNERS,
            ticked=signers,
        )
    current = {
        o.id: o for o in Official.select().where((Official.event == event) & ~Official.removed)
    }
    kept_ids = {o.id for o in cleaned if o.id in current}
    added: list[str] = []
    changed: list[str] = []
    removed: list[str] = []
    result: list[Official] = []
    with Event._meta.database.atomic():
        for official_id, row in current.items():
            if official_id not in kept_ids:
                row.removed = True
                row.save()
                removed.append(row.name)
        for order, data in enumerate(cleaned):
            existing = current.get(data.id)
            if existing is None:
                row = Official.create(
                    event=event,
                    name=data.name,
                    position=data.position,
                    nip=data.nip,
                    signs=data.signs,
                    sort_order=order,
                )
                added.append(row.name)
            else:
                row = existing
                values = {
                    "name": data.name,
                    "position": data.position,
                    "nip": data.nip,
                    "signs": data.signs,
                    "sort_order": order,
                }
                if any(getattr(row, k) != v for k, v in values.items()):
                    for key, value in values.items():
                        setattr(row, key, value)
                    row.save()
                    changed.append(row.name)
            result.append(row)
        if added or changed or removed:
            log_action(
                "event.officials",
                "event",
                event.id,
                operator,
                added=added,
                changed=changed,
                removed=removed,
            )
    return result


def active_officials(event: Event) -> list[Official]:
    """The event's signing officials that were not removed, in their order."""
    return list(
        Official.select()
        .where((Official.event == event) & ~Official.removed)
        .order_by(Official.sort_order, Official.created_at)
    )
