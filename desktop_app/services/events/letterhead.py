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
from desktop_app.services.common.errors import UserError

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


def _clean(text: str, limit: int, label: str) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        raise UserError(f"{label} terlalu panjang (paling banyak {limit} karakter).")
    return text


def _lines(text: str, limit: int, label: str, max_lines: int) -> str:
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n")]
    lines = [line for line in lines if line]
    if len(lines) > max_lines:
        raise UserError(f"{label} paling banyak {max_lines} baris.")
    joined = "\n".join(lines)
    if len(joined) > limit:
        raise UserError(f"{label} terlalu panjang (paling banyak {limit} karakter).")
    return joined


def clean_letterhead(data: LetterheadInput) -> LetterheadInput:
    """A checked, tidied copy of ``data``, or ``UserError`` naming the first problem."""
    email = _clean(data.email, 120, "E-mail")
    if email and not _EMAIL.match(email):
        raise UserError(f"Alamat e-mail '{email}' tidak valid.")
    website = _clean(data.website, 120, "Laman")
    if website and (" " in website or "." not in website):
        raise UserError(f"Alamat laman '{website}' tidak valid.")
    nature = _clean(data.letter_nature, 40, "Sifat") or "Biasa"
    letter_date = data.letter_date.strip()
    if letter_date:
        try:
            dt.date.fromisoformat(letter_date)
        except ValueError as exc:
            raise UserError(f"Tanggal surat '{letter_date}' tidak valid.") from exc
    return LetterheadInput(
        agency=_lines(data.agency, 300, "Nama instansi pada kop", 3),
        address=_clean(data.address, 300, "Alamat"),
        phone=_clean(data.phone, 60, "Telepon"),
        email=email,
        website=website,
        letter_number=_clean(data.letter_number, 120, "Nomor surat"),
        letter_nature=nature,
        letter_attachment=_clean(data.letter_attachment, 80, "Lampiran") or "-",
        letter_subject=_clean(data.letter_subject, 200, "Hal"),
        letter_date=letter_date,
        letter_copies=_lines(data.letter_copies, 1000, "Tembusan", 8),
    )


def checked_logo(raw: bytes) -> bytes:
    """A logo file as a PNG at most LOGO_MAX_SIDE pixels on its longer side, keeping its
    transparency; ``UserError`` when it is not a readable PNG or JPEG of sensible size."""
    from PIL import Image, UnidentifiedImageError

    if len(raw) > MAX_LOGO_FILE:
        raise UserError("Berkas logo terlalu besar (paling besar 5 MB).")
    try:
        with Image.open(io.BytesIO(raw)) as image:
            if image.format not in ("PNG", "JPEG"):
                raise UserError("Logo harus berupa gambar PNG atau JPEG.")
            if image.width * image.height > MAX_LOGO_PIXELS:
                raise UserError("Gambar logo terlalu besar (lebih dari 40 megapiksel).")
            image.load()
            logo = image.convert("RGBA")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise UserError("Berkas logo tidak dapat dibaca sebagai gambar.") from exc
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
