"""Attendee categories, roles and event levels with their Indonesian labels."""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    ASN = "ASN"
    PPPK = "PPPK"
    KEPALA_DESA = "KEPALA_DESA"
    PERANGKAT_DESA = "PERANGKAT_DESA"
    TNI = "TNI"
    POLRI = "POLRI"
    UMUM = "UMUM"

    @property
    def label(self) -> str:
        return CATEGORY_LABELS[self]

    @property
    def identifier_kind(self) -> str | None:
        """Which identifier this category is known by (None: none required)."""
        return {
            Category.ASN: "NIP",
            Category.PPPK: "NIPPPK",
            Category.TNI: "NRP",
            Category.POLRI: "NRP",
        }.get(self)

    @property
    def declaration_key(self) -> str:
        """Which declaration text this category signs."""
        if self in (Category.ASN, Category.PPPK):
            return "ASN"
        if self in (Category.KEPALA_DESA, Category.PERANGKAT_DESA):
            return "DESA"
        if self in (Category.TNI, Category.POLRI):
            return "TNI_POLRI"
        return "UMUM"


CATEGORY_LABELS = {
    Category.ASN: "ASN (PNS)",
    Category.PPPK: "ASN (PPPK)",
    Category.KEPALA_DESA: "Kepala Desa/Lurah",
    Category.PERANGKAT_DESA: "Perangkat Desa",
    Category.TNI: "TNI",
    Category.POLRI: "Polri",
    Category.UMUM: "Umum",
}


class Role(StrEnum):
    PESERTA = "PESERTA"
    NARASUMBER = "NARASUMBER"
    PANITIA = "PANITIA"

    @property
    def label(self) -> str:
        return {"PESERTA": "Peserta", "NARASUMBER": "Narasumber", "PANITIA": "Panitia"}[self.value]


class Source(StrEnum):
    INVITED = "UNDANGAN"
    WALK_IN = "WALK_IN"


class Level(StrEnum):
    PROVINSI = "PROVINSI"
    KABUPATEN = "KABUPATEN"
    KECAMATAN = "KECAMATAN"
    LAINNYA = "LAINNYA"

    @property
    def label(self) -> str:
        return {
            "PROVINSI": "Provinsi",
            "KABUPATEN": "Kabupaten/Kota",
            "KECAMATAN": "Kecamatan",
            "LAINNYA": "Lainnya",
        }[self.value]


# Declaration texts are keyed by these; "KOLEKTIF" is the collective text officials sign.
DECLARATION_KEYS = ("ASN", "DESA", "TNI_POLRI", "UMUM", "KOLEKTIF")

# Indonesian time zones by IANA name, with the abbreviation documents print.
TIMEZONES = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Jayapura": "WIT",
}


class SignatureMethod(StrEnum):
    """How a signature was given: on the desk's signature pad or on the signer's own phone."""

    PAD = "pad"
    PHONE = "phone"
