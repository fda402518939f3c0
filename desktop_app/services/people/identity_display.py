"""How identifiers are printed on documents: the right label for the person's category,
NIP grouped with spaces, NRP as is, NIK only masked.

Display only: validation belongs to ``identifiers.py``. A value that does not look like a
NIP is printed unchanged rather than refused, because a finished document must not fail.

Labels follow the category (``shared/DOMAIN.md``): a PNS has a **NIP**; a PPPK has an
**NI PPPK**, which looks like a NIP but is not one; TNI and Polri have an **NRP**; a village
head or official has none of these; a guest may only have a NIK, printed masked.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.models import Attendee
from desktop_app.models.categories import Category
from desktop_app.services.people.identifiers import group_nip, is_pns_shape, mask_nik

NIP = "NIP"
NI_PPPK = "NI PPPK"
NRP = "NRP"
NIK = "NIK"

# The regulation each category's statement cites for discipline and neutrality.
LEGAL_BASIS = {
    Category.ASN: "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil",
    Category.PPPK: (
        "perjanjian kerja saya dan Peraturan Pemerintah Nomor 49 Tahun 2018 tentang Manajemen "
        "Pegawai Pemerintah dengan Perjanjian Kerja"
    ),
    Category.KEPALA_DESA: "Undang-Undang Nomor 6 Tahun 2014 tentang Desa",
    Category.PERANGKAT_DESA: "Undang-Undang Nomor 6 Tahun 2014 tentang Desa",
    Category.TNI: "Undang-Undang Nomor 34 Tahun 2004 tentang Tentara Nasional Indonesia",
    Category.POLRI: "Undang-Undang Nomor 2 Tahun 2002 tentang Kepolisian Negara Republik Indonesia",
    Category.UMUM: "peraturan perundang-undangan yang berlaku",
}


@dataclass(frozen=True)
class PrintedIdentity:
    """``label`` ("NIP", "NI PPPK", "NRP", "NIK") and ``value`` as printed; both empty when
    the person has nothing to print."""

    label: str
    value: str

    def __bool__(self) -> bool:
        return bool(self.value)

    def line(self) -> str:
        """``NIP 19860914 201001 1 003`` (empty when there is nothing to print)."""
        return f"{self.label} {self.value}" if self.value else ""


def format_identifier(value: str) -> str:
    """``198609142010011003`` → ``19860914 201001 1 003``; PPPK → ``19900913 2025 24 2 014``."""
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) != 18 or len(digits) != len(value.replace(" ", "")):
        return value.strip()
    return group_nip(digits)


def number_label(number: str, category: str = "") -> str:
    """NIP or NI PPPK for an 18-digit civil-servant number: the category decides, and the
    number's shape decides when the category does not (an ASN row holding a PPPK number)."""
    if category == Category.PPPK:
        return NI_PPPK
    digits = "".join(ch for ch in number if ch.isdigit())
    if len(digits) == 18 and not is_pns_shape(digits):
        return NI_PPPK
    return NIP


def printed_identity(attendee: Attendee, with_nik: bool = False) -> PrintedIdentity:
    """The identifier printed for an attendee with its category's label.

    ``with_nik``: a guest known only by NIK gets it masked (``5301********0003``); NIK is
    never printed in full.
    """
    value = identifier_text(attendee.nip, attendee.nrp)
    if attendee.nip:
        return PrintedIdentity(number_label(attendee.nip, attendee.category), value)
    if attendee.nrp:
        return PrintedIdentity(NRP, value)
    if with_nik and attendee.nik:
        return PrintedIdentity(NIK, mask_nik(attendee.nik))
    if with_nik and attendee.nik_masked:  # typed at another desk: only the mask travels
        return PrintedIdentity(NIK, attendee.nik_masked)
    return PrintedIdentity("", "")


def attendee_identifier(attendee: Attendee) -> str:
    """The identifier printed for an attendee: NIP (formatted) or NRP; NIK is never printed."""
    return identifier_text(attendee.nip, attendee.nrp)


def identifier_text(nip: str, nrp: str) -> str:
    """``attendee_identifier`` from the two columns (for rows read as plain tuples)."""
    if nip:
        return format_identifier(nip)
    if nrp:
        return nrp.strip()
    return ""


def legal_basis(category: str) -> str:
    """The regulation a statement of this category cites (unknown categories: the general
    wording)."""
    try:
        return LEGAL_BASIS[Category(category)]
    except ValueError:
        return LEGAL_BASIS[Category.UMUM]
