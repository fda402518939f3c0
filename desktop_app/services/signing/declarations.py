"""Declaration texts of an event: the exact wording a signer sees, and versioned edits.

A text that somebody has signed is frozen: editing it creates a new version and marks the
old one superseded, so every stored signature keeps pointing at the words it was given.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import string

from desktop_app.models import Attendee, DeclarationText, Event, Official, Signature
from desktop_app.models.categories import DECLARATION_KEYS, Category
from desktop_app.services.common.audit import log_action
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from desktop_app.services.common.evidence_links import append_links
from desktop_app.services.common.localtime import format_date
from desktop_app.services.people.identity_display import (
    format_identifier,
    legal_basis,
    number_label,
    printed_identity,
)
from desktop_app.services.signing.declaration_templates import fill

# Placeholders a text may use; anything else is most likely a typo and is refused on edit.
PLACEHOLDERS = {
    "nama": "nama penanda tangan (dengan gelar)",
    "nip": "NIP (ASN)",
    "nrp": "NRP (TNI/Polri)",
    "jabatan": "jabatan atau pangkat",
    "instansi": "instansi, satuan, atau desa",
    "acara": "judul acara",
    "tempat": "kota tempat acara",
    "tanggal": "tanggal penandatanganan",
    "wilayah": "wilayah penyelenggara (mis. Kabupaten Kupang)",
    "label_nomor_induk": "label nomor sesuai kategori (NIP, NI PPPK, NRP)",
    "nomor_induk": "NIP, NI PPPK atau NRP penanda tangan",
    "dasar_hukum": "peraturan yang mengikat kategori penanda tangan (mis. PP 94/2021 untuk PNS)",
}

# The label a text prints before {nomor_induk} when the signer has no number on file.
_DEFAULT_NUMBER_LABEL = {
    Category.ASN: "NIP",
    Category.PPPK: "NI PPPK",
    Category.TNI: "NRP",
    Category.POLRI: "NRP",
}

# The organizer's name usually ends with the region it covers: "... Kabupaten Kupang".
_REGION = re.compile(r"\b(Provinsi|Kabupaten|Kota|Kecamatan)\b.*$")


def sha256_text(text: str) -> str:
    """Hex SHA-256 of the UTF-8 bytes of ``text``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def event_region(event: Event) -> str:
    """The region named in the organizer (``Kabupaten Kupang``), else the event's city."""
    match = _REGION.search(event.organizer)
    return match.group(0).strip() if match else (event.city or event.organizer)


def declaration_key_for(attendee: Attendee) -> str:
    """Which declaration text an attendee signs (by category; unknown → UMUM)."""
    return declaration_key_of(attendee.category)


def declaration_key_of(category: str) -> str:
    """``declaration_key_for`` from the category column (for rows read as plain tuples)."""
    try:
        return Category(category).declaration_key
    except ValueError:
        return "UMUM"


def current_text(event: Event, key: str) -> DeclarationText:
    """The current (not superseded, highest) version of the text ``key`` for ``event``."""
    text: DeclarationText | None = (
        DeclarationText.select()
        .where(
            (DeclarationText.event == event)
            & (DeclarationText.key == key)
            & ~DeclarationText.superseded
        )
        # Two desks offline may both have made the same version: the later edit counts.
        .order_by(DeclarationText.version.desc(), DeclarationText.hlc.desc())
        .first()
    )
    if text is None:
        raise NotFoundError(
            "declaration.text_missing",
            QT_TRANSLATE_NOOP("ServiceMessages", "Naskah '{key}' belum ada untuk acara ini."),
            key=key,
        )
    return text


def current_texts(event: Event) -> list[DeclarationText]:
    """The current version of every text of the event, in the usual key order."""
    texts = []
    for key in DECLARATION_KEYS:
        try:
            texts.append(current_text(event, key))
        except NotFoundError:
            continue
    return texts


def placeholder_values(
    event: Event,
    when: dt.datetime,
    attendee: Attendee | None = None,
    official: Official | None = None,
) -> dict[str, str]:
    """Values for the placeholders; the date is ``when`` in the event's zone, Indonesian month."""
    values = {
        "acara": event.title,
        "tempat": event.city or event.venue,
        "tanggal": format_date(when, event.timezone),
        "wilayah": event_region(event),
        "nama": "",
        "nip": "-",
        "nrp": "-",
        "jabatan": "-",
        "instansi": "-",
        "label_nomor_induk": "NIP",
        "nomor_induk": "-",
        "dasar_hukum": legal_basis(""),
    }
    if attendee is not None:
        identity = printed_identity(attendee)
        try:
            default_label = _DEFAULT_NUMBER_LABEL.get(Category(attendee.category), "Nomor induk")
        except ValueError:
            default_label = "Nomor induk"
        values.update(
            nama=attendee.full_name,
            nip=format_identifier(attendee.nip) or "-",
            nrp=attendee.nrp or "-",
            jabatan=attendee.position or "-",
            instansi=attendee.institution or "-",
            label_nomor_induk=identity.label or default_label,
            nomor_induk=identity.value or "-",
            dasar_hukum=legal_basis(attendee.category),
        )
    elif official is not None:
        values.update(
            nama=official.name,
            nip=format_identifier(official.nip) or "-",
            jabatan=official.position or "-",
            instansi=event.organizer,
            label_nomor_induk=number_label(official.nip),
            nomor_induk=format_identifier(official.nip) or "-",
        )
    return values


def render_text(
    text: DeclarationText,
    event: Event,
    when: dt.datetime,
    attendee: Attendee | None = None,
    official: Official | None = None,
) -> str:
    """The exact text a signer signs at ``when`` (this string is stored and hashed)."""
    return fill(text.body, placeholder_values(event, when, attendee, official))


def is_signed(text: DeclarationText) -> bool:
    """Whether any signature references this version."""
    return bool(Signature.select().where(Signature.declaration_text == text).exists())


def _check_placeholders(body: str) -> None:
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(body) if name is not None}
    except ValueError as exc:
        raise UserError(
            "declaration.unbalanced_braces",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Naskah mengandung kurung kurawal yang tidak berpasangan. "
                "Gunakan {{nama}}, {{jabatan}}, dan seterusnya.",
            ),
            field="body",
        ) from exc
    unknown = sorted(n for n in names if n not in PLACEHOLDERS)
    if unknown:
        allowed = ", ".join("{" + n + "}" for n in PLACEHOLDERS)
        raise UserError(
            "declaration.unknown_placeholders",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "Isian tidak dikenal: {unknown}. Yang tersedia: {allowed}."
            ),
            field="body",
            unknown=", ".join("{" + n + "}" for n in unknown),
            allowed=allowed,
        )


def edit_text(event: Event, key: str, title: str, body: str, operator: str = "") -> DeclarationText:
    """Change the text ``key`` of ``event``; returns the version now current.

    Unsigned: updated in place. Signed by anyone: a new version is created and the old
    one marked superseded, so existing signatures keep the words they were shown.
    """
    title = title.strip()
    body = body.strip().replace("\r\n", "\n") + "\n"
    if not title:
        raise UserError(
            "declaration.title_required",
            QT_TRANSLATE_NOOP("ServiceMessages", "Judul naskah wajib diisi."),
            field="title",
        )
    if len(body.strip()) < 20:
        raise UserError(
            "declaration.body_too_short",
            QT_TRANSLATE_NOOP("ServiceMessages", "Isi naskah terlalu pendek."),
            field="body",
        )
    _check_placeholders(body)
    with DeclarationText._meta.database.atomic():
        text = current_text(event, key)
        if text.body == body and text.title == title:
            return text
        digest = sha256_text(body)
        if is_signed(text):
            text.superseded = True
            text.save()
            new = DeclarationText.create(
                event=event,
                key=key,
                version=text.version + 1,
                title=title,
                body=body,
                body_sha256=digest,
            )
            append_links([new])  # the new version is a signed link of this station's chain
            log_action(
                "declaration.new_version",
                "declaration_text",
                new.id,
                operator,
                key=key,
                version=new.version,
                previous=text.id,
                sha256=digest,
            )
            return new
        old_sha = text.body_sha256
        text.title = title
        text.body = body
        text.body_sha256 = digest
        text.save()
        append_links([text])  # not yet signed, so editable; each wording is a link
        log_action(
            "declaration.edit",
            "declaration_text",
            text.id,
            operator,
            key=key,
            version=text.version,
            before_sha256=old_sha,
            sha256=digest,
        )
        return text


def get_official(event: Event, official_id: str) -> Official:
    """An official of the event by id, or ``NotFoundError``."""
    official = Official.get_or_none((Official.id == official_id) & (Official.event == event))
    if official is None:
        raise NotFoundError(
            "declaration.official_not_found",
            QT_TRANSLATE_NOOP("ServiceMessages", "Pejabat penandatangan tidak ditemukan."),
        )
    return official


def declaration_officials(event: Event) -> list[Official]:
    """Officials who sign the collective declaration, in their order."""
    return [
        o
        for o in Official.select()
        .where((Official.event == event) & ~Official.removed)
        .order_by(Official.sort_order)
        if "DEKLARASI" in o.signs.split(",")
    ]
