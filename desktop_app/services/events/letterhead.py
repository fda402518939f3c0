"""The kop surat (letterhead) and invitation letter details of an event.

Indonesian government letters follow the Tata Naskah Dinas: a kop with the agency's logo,
name, address, telephone, e-mail and website over a rule line; then Nomor, Sifat, Lampiran
and Hal on the left, place and date on the right, the addressee ("Yth."), the body, the
signing official with NIP, and a Tembusan list when needed. The organizer fills these per
event on the Acara page; documents read them through ``letterhead_of``.

Logos are checked like any other file from outside (size, real image, pixel count) and
stored scaled down as PNG, so a 20-megapixel photo does not travel with every sync.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass

from desktop_app.models import Event
from desktop_app.services.common.audit import log_action
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.common.messages import Message, message

MAX_LOGO_FILE = 5_000_000
MAX_LOGO_PIXELS = 40_000_000
LOGO_MAX_SIDE = 600
NATURES = ("Biasa", "Segera", "Sangat Segera", "Penting", "Rahasia")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_REGION = re.compile(r"\b(PROVINSI|KABUPATEN|KOTA|KECAMATAN)\b")


@dataclass
class LetterheadInput:
    """What the organizer types for the kop surat and the invitation letter."""

    agency: str = ""  # one line per printed line; empty: derived from the organizer
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    letter_number: str = ""
    letter_nature: str = "Biasa"
    letter_attachment: str = "-"
    letter_subject: str = ""
    letter_date: str = ""  # ISO date (YYYY-MM-DD); empty: the letter is not dated yet
    letter_copies: str = ""  # Tembusan, one recipient per line


def default_agency_lines(organizer: str) -> list[str]:
    """``Badan Pengawas Pemilihan Umum Kabupaten Kupang`` → the two kop lines
    ``BADAN PENGAWAS PEMILIHAN UMUM`` / ``KABUPATEN KUPANG``."""
    upper = " ".join(organizer.split()).upper()
    match = _REGION.search(upper)
    if match and match.start() > 0:
        return [upper[: match.start()].strip(), upper[match.start() :].strip()]
    return [upper] if upper else []


def letterhead_of(event: Event) -> LetterheadInput:
    return LetterheadInput(
        agency=event.kop_agency,
        address=event.kop_address,
        phone=event.kop_phone,
        email=event.kop_email,
        website=event.kop_website,
        letter_number=event.letter_number,
        letter_nature=event.letter_nature or "Biasa",
        letter_attachment=event.letter_attachment or "-",
        letter_subject=event.letter_subject,
        letter_date=event.letter_date,
        letter_copies=event.letter_copies,
    )


# What each field is called in a message (translated with the message).
_LABELS: dict[str, Message] = {
    "agency": message(
        "letterhead.agency", QT_TRANSLATE_NOOP("ServiceMessages", "Nama instansi pada kop")
    ),
    "address": message("letterhead.address", QT_TRANSLATE_NOOP("ServiceMessages", "Alamat")),
    "phone": message("letterhead.phone", QT_TRANSLATE_NOOP("ServiceMessages", "Telepon")),
    "email": message("letterhead.email", QT_TRANSLATE_NOOP("ServiceMessages", "E-mail")),
    "website": message("letterhead.website", QT_TRANSLATE_NOOP("ServiceMessages", "Laman")),
    "letter_number": message(
        "letterhead.letter_number", QT_TRANSLATE_NOOP("ServiceMessages", "Nomor surat")
    ),
    "letter_nature": message(
        "letterhead.letter_nature", QT_TRANSLATE_NOOP("ServiceMessages", "Sifat")
    ),
    "letter_attachment": message(
        "letterhead.letter_attachment", QT_TRANSLATE_NOOP("ServiceMessages", "Lampiran")
    ),
    "letter_subject": message(
        "letterhead.letter_subject", QT_TRANSLATE_NOOP("ServiceMessages", "Hal")
    ),
    "letter_copies": message(
        "letterhead.letter_copies", QT_TRANSLATE_NOOP("ServiceMessages", "Tembusan")
    ),
}


def _too_long(field: str, limit: int) -> UserError:
    return UserError(
        "letterhead.too_long",
        QT_TRANSLATE_NOOP(
            "ServiceMessages", "{label} terlalu panjang (paling banyak {limit} karakter)."
        ),
        field=field,
        label=_LABELS[field],
        limit=limit,
    )


def _clean(text: str, limit: int, field: str) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        raise _too_long(field, limit)
    return text


def _lines(text: str, limit: int, field: str, max_lines: int) -> str:
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n")]
    lines = [line for line in lines if line]
    if len(lines) > max_lines:
        raise UserError(
            "letterhead.too_many_lines",
            QT_TRANSLATE_NOOP("ServiceMessages", "{label} paling banyak {lines} baris."),
            field=field,
            label=_LABELS[field],
            lines=max_lines,
        )
    joined = "\n".join(lines)
    if len(joined) > limit:
        raise _too_long(field, limit)
    return joined


def clean_letterhead(data: LetterheadInput) -> LetterheadInput:
    """A checked, tidied copy of ``data``, or ``UserError`` naming the first problem."""
    email = _clean(data.email, 120, "email")
    if email and not _EMAIL.match(email):
        raise UserError(
            "letterhead.bad_email",
            QT_TRANSLATE_NOOP("ServiceMessages", "Alamat e-mail '{email}' tidak valid."),
            field="email",
            email=email,
        )
    website = _clean(data.website, 120, "website")
    if website and (" " in website or "." not in website):
        raise UserError(
            "letterhead.bad_website",
            QT_TRANSLATE_NOOP("ServiceMessages", "Alamat laman '{website}' tidak valid."),
            field="website",
            website=website,
        )
    nature = _clean(data.letter_nature, 40, "letter_nature") or "Biasa"
    letter_date = data.letter_date.strip()
    if letter_date:
        try:
            dt.date.fromisoformat(letter_date)
        except ValueError as exc:
            raise UserError(
                "letterhead.bad_date",
                QT_TRANSLATE_NOOP("ServiceMessages", "Tanggal surat '{date}' tidak valid."),
                field="letter_date",
                date=letter_date,
            ) from exc
    return LetterheadInput(
        agency=_lines(data.agency, 300, "agency", 3),
        address=_clean(data.address, 300, "address"),
        phone=_clean(data.phone, 60, "phone"),
        email=email,
        website=website,
        letter_number=_clean(data.letter_number, 120, "letter_number"),
        letter_nature=nature,
        letter_attachment=_clean(data.letter_attachment, 80, "letter_attachment") or "-",
        letter_subject=_clean(data.letter_subject, 200, "letter_subject"),
        letter_date=letter_date,
        letter_copies=_lines(data.letter_copies, 1000, "letter_copies", 8),
    )


def logo_too_big() -> UserError:
    """The one message for a logo file over ``MAX_LOGO_FILE`` (checked before reading it, too)."""
    return UserError(
        "letterhead.logo_too_big",
        QT_TRANSLATE_NOOP(
            "ServiceMessages", "Berkas logo terlalu besar (paling besar {megabytes} MB)."
        ),
        field="logo",
        megabytes=MAX_LOGO_FILE // 1_000_000,
    )


def checked_logo(raw: bytes) -> bytes:
    """A logo file as a PNG at most LOGO_MAX_SIDE pixels on its longer side, keeping its
    transparency; ``UserError`` when it is not a readable PNG or JPEG of sensible size."""
    from PIL import Image, UnidentifiedImageError

    if len(raw) > MAX_LOGO_FILE:
        raise logo_too_big()
    try:
        with Image.open(io.BytesIO(raw)) as image:
            if image.format not in ("PNG", "JPEG"):
                raise UserError(
                    "letterhead.logo_format",
                    QT_TRANSLATE_NOOP("ServiceMessages", "Logo harus berupa gambar PNG atau JPEG."),
                    field="logo",
                )
            if image.width * image.height > MAX_LOGO_PIXELS:
                raise UserError(
                    "letterhead.logo_pixels",
                    QT_TRANSLATE_NOOP(
                        "ServiceMessages",
                        "Gambar logo terlalu besar (lebih dari {megapixels} megapiksel).",
                    ),
                    field="logo",
                    megapixels=MAX_LOGO_PIXELS // 1_000_000,
                )
            image.load()
            logo = image.convert("RGBA")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise UserError(
            "letterhead.logo_unreadable",
            QT_TRANSLATE_NOOP("ServiceMessages", "Berkas logo tidak dapat dibaca sebagai gambar."),
            field="logo",
        ) from exc
    logo.thumbnail((LOGO_MAX_SIDE, LOGO_MAX_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    logo.save(out, format="PNG", optimize=True)
    return out.getvalue()


def set_letterhead(
    event: Event,
    data: LetterheadInput,
    logo: bytes | None = None,
    remove_logo: bool = False,
    operator: str = "",
) -> Event:
    """Store the kop surat and letter details (and a new logo) of ``event``; all checked
    first, so bad input changes nothing."""
    clean = clean_letterhead(data)
    stored_logo = checked_logo(logo) if logo is not None else None
    with Event._meta.database.atomic():
        event.kop_agency = clean.agency
        event.kop_address = clean.address
        event.kop_phone = clean.phone
        event.kop_email = clean.email
        event.kop_website = clean.website
        event.letter_number = clean.letter_number
        event.letter_nature = clean.letter_nature
        event.letter_attachment = clean.letter_attachment
        event.letter_subject = clean.letter_subject
        event.letter_date = clean.letter_date
        event.letter_copies = clean.letter_copies
        if stored_logo is not None:
            event.kop_logo = stored_logo
        elif remove_logo:
            event.kop_logo = None
        event.save()
        log_action(
            "event.letterhead",
            "event",
            event.id,
            operator,
            logo="new" if stored_logo is not None else ("removed" if remove_logo else "kept"),
        )
    return event
