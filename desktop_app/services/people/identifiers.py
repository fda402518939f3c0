"""Indonesian personal identifiers: NIP, NI PPPK, NIK and NRP.

Normalise what people type or import, validate structure and plausible dates, format NIPs
for print and mask NIKs for lists. No identifier has a check digit, so validation never
rejects a value for "looking random": only for a wrong length, a non-digit, an impossible
date or a field outside its defined range.

Spreadsheets are the main source of damage. Excel keeps at most 15 significant digits of a
number, so an 18-digit NIP or 16-digit NIK typed into a Number column becomes
``1.98609E+17`` or ``198609142010011000``: the last digits are gone for good. Such values
are detected and rejected with a message explaining how to fix the column, never repaired,
because any repair would be a guess about somebody's identity.

Messages are Indonesian. Every result carries a stable ``code`` whose template lives in
:data:`MESSAGES`; a failed result's ``details`` hold the template's parameters, so a caller
can render the message in another language with ``template.format(**details)``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Final, Literal, Protocol

from desktop_app.models.personal_data import mask_digits
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, Message, UserError

__all__ = [
    "MESSAGES",
    "PROVINCES",
    "IdentifierError",
    "IdentifierResult",
    "classify_nip",
    "format_nip",
    "mask_nik",
    "normalize_digits",
    "require_identifier",
    "require_nik",
    "require_nip",
    "require_nipppk",
    "require_nrp",
    "validate_identifier",
    "validate_nik",
    "validate_nip",
    "validate_nipppk",
    "validate_nrp",
]

RawIdentifier = str | int | float
NipKind = Literal["NIP", "NIPPPK"]

NIP_LENGTH: Final = 18
NIK_LENGTH: Final = 16
# TNI numbers vary by branch and era; Polri uses 8 digits. Only the length is checked.
NRP_MIN_LENGTH: Final = 5
NRP_MAX_LENGTH: Final = 14
# An IEEE double (what Excel stores for every number) holds 15 significant decimal digits
# reliably; Excel itself zeroes every digit after the 15th when a number is typed.
EXCEL_SIGNIFICANT_DIGITS: Final = 15
# Nobody born before 1940 is still in service; nobody is appointed before the age of 15.
MIN_BIRTH_YEAR: Final = 1940
MIN_APPOINTMENT_AGE: Final = 15
# The first PPPK were appointed in 2019 (UU 5/2014, PP 49/2018); mass appointment of
# teachers and health workers followed from 2021.
PPPK_FIRST_YEAR: Final = 2019
# NIPs and NI PPPKs are issued before the appointment takes effect (the CPNS/PPPK 2024
# cohorts received their numbers months before their TMT), so a TMT up to the end of next
# year is accepted rather than rejecting staff who already hold a valid number.
APPOINTMENT_LEAD_YEARS: Final = 1
# NIK: women have 40 added to their day of birth.
NIK_FEMALE_DAY_OFFSET: Final = 40

_LABELS: Final[Mapping[str, str]] = MappingProxyType(
    {"NIP": "NIP", "NIPPPK": "NI PPPK", "NIK": "NIK", "NRP": "NRP"}
)

# Province codes of the Kemendagri administrative-region coding (Permendagri No. 72 Tahun
# 2019 tentang Kode dan Data Wilayah Administrasi Pemerintahan, and Kepmendagri
# No. 100.1.1-6117 Tahun 2022 after Papua was split into six provinces). NIKs keep the code
# in force when they were issued, so 91 and 94 mean different provinces on old and new NIKs.
# 97 is not assigned in those lists; it is accepted as headroom so a person is never turned
# away because this table is older than their NIK (validation must not guess).
PROVINCES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "11": "Aceh",
        "12": "Sumatera Utara",
        "13": "Sumatera Barat",
        "14": "Riau",
        "15": "Jambi",
        "16": "Sumatera Selatan",
        "17": "Bengkulu",
        "18": "Lampung",
        "19": "Kepulauan Bangka Belitung",
        "21": "Kepulauan Riau",
        "31": "DKI Jakarta",
        "32": "Jawa Barat",
        "33": "Jawa Tengah",
        "34": "DI Yogyakarta",
        "35": "Jawa Timur",
        "36": "Banten",
        "51": "Bali",
        "52": "Nusa Tenggara Barat",
        "53": "Nusa Tenggara Timur",
        "61": "Kalimantan Barat",
        "62": "Kalimantan Tengah",
        "63": "Kalimantan Selatan",
        "64": "Kalimantan Timur",
        "65": "Kalimantan Utara",
        "71": "Sulawesi Utara",
        "72": "Sulawesi Tengah",
        "73": "Sulawesi Selatan",
        "74": "Sulawesi Tenggara",
        "75": "Gorontalo",
        "76": "Sulawesi Barat",
        "81": "Maluku",
        "82": "Maluku Utara",
        "91": "Papua (NIK lama: Papua Barat)",
        "92": "Papua Barat",
        "93": "Papua Selatan",
        "94": "Papua Tengah (NIK lama: Papua)",
        "95": "Papua Pegunungan",
        "96": "Papua Barat Daya",
        "97": "Papua (kode belum terdaftar)",
    }
)

# Message templates keyed by code, marked for lupdate ("ServiceMessages"). Every placeholder
# is filled from the failed result's ``details``; ``label`` is the identifier's name as
# people know it (NIP, NI PPPK, ...).
MESSAGES: Final[dict[str, str]] = {
    "empty": QT_TRANSLATE_NOOP("ServiceMessages", "{label} belum diisi."),
    "input.type": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{label} harus berupa teks berisi angka (diterima: {type})."
    ),
    "kind.unknown": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Jenis identitas “{kind}” tidak dikenal; gunakan NIP, NI PPPK, NIK, atau NRP.",
    ),
    "excel.scientific": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{label} terbaca sebagai {shown} — Excel telah mengubahnya menjadi angka "
        "ilmiah dan digit terakhir hilang. Ubah format kolom menjadi Teks (Format "
        "Cells → Text) atau awali dengan tanda petik ('), ketik ulang {label}, "
        "lalu impor lagi.",
    ),
    "excel.precision": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{label} terbaca sebagai angka {shown} — Excel hanya menyimpan 15 digit "
        "pertama sebuah angka, sehingga digit terakhir berubah menjadi 0 dan "
        "{label} aslinya hilang. Ubah format kolom menjadi Teks (Format Cells → "
        "Text) atau awali dengan tanda petik ('), ketik ulang {label}, lalu impor "
        "lagi.",
    ),
    "excel.decimal": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{label} terbaca sebagai {shown} — nilai ini pernah disimpan sebagai "
        "angka di Excel, sehingga digitnya tidak dapat dipercaya. Ubah format "
        "kolom menjadi Teks (Format Cells → Text) atau awali dengan tanda petik "
        "('), ketik ulang {label}, lalu impor lagi.",
    ),
    "number.invalid": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{label} terbaca sebagai angka {shown}, bukan nomor identitas. Ubah "
        "format kolom menjadi Teks (Format Cells → Text) atau awali dengan tanda "
        "petik ('), ketik ulang {label}, lalu impor lagi.",
    ),
    "nip.chars": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{label} hanya boleh berisi angka (ditemukan: {found})."
    ),
    "nip.length": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{label} harus 18 digit angka (tertulis {length} digit)."
    ),
    "nip.birth_date": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Tanggal lahir pada {label} tidak valid ({birth})."
    ),
    "nip.birth_year": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Tahun lahir pada {label} ({year}) di luar rentang yang wajar ({min_year}–{max_year}).",
    ),
    "nip.appointment_early": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "TMT pada {label} ({appointment}) terlalu awal untuk tanggal lahir "
        "{birth}: pengangkatan paling cepat tahun {min_year}.",
    ),
    "nip.appointment_future": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "TMT pada {label} ({appointment}) terlalu jauh di masa depan (paling "
        "lambat tahun {max_year}).",
    ),
    "nip.gender": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Digit jenis kelamin pada {label} harus 1 (pria) atau 2 (wanita); digit "
        "ke-15 tertulis {digit}.",
    ),
    "nip.sequence_zero": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Nomor urut pada {label} (3 digit terakhir) tidak boleh 000. Jika data "
        "berasal dari Excel, digit terakhir kemungkinan hilang karena kolom "
        "berformat angka. Ubah format kolom menjadi Teks (Format Cells → Text) "
        "atau awali dengan tanda petik ('), ketik ulang {label}, lalu impor lagi.",
    ),
    "nipppk.appointment_year": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Digit ke-13–14 {label} ({code}) bukan bulan, sehingga nomor ini dibaca "
        "sebagai NI PPPK, tetapi tahun pengangkatannya ({year}) sebelum PPPK "
        "pertama ({min_year}). Periksa kembali TMT pada {label}.",
    ),
    "nipppk.shape": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Nomor ini berbentuk NIP PNS (TMT {appointment}), bukan NI PPPK: digit "
        "ke-13–14 ({code}) adalah bulan. Pilih jenis identitas NIP.",
    ),
    "nik.chars": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{label} hanya boleh berisi angka (ditemukan: {found})."
    ),
    "nik.length": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{label} harus 16 digit angka (tertulis {length} digit)."
    ),
    "nik.province": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Kode provinsi pada {label} ({province_code}) tidak dikenal; dua digit "
        "pertama NIK adalah kode provinsi, misalnya 31 (DKI Jakarta) atau 53 "
        "(Nusa Tenggara Timur).",
    ),
    "nik.regency": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Kode kabupaten/kota pada {label} (digit ke-3–4) tidak boleh 00."
    ),
    "nik.district": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Kode kecamatan pada {label} (digit ke-5–6) tidak boleh 00."
    ),
    "nik.birth_date": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Tanggal lahir pada {label} tidak valid ({birth}); formatnya DDMMYY, dan "
        "untuk perempuan tanggal ditambah 40 (misalnya 14 menjadi 54).",
    ),
    "nik.sequence": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Nomor urut pada {label} (4 digit terakhir) tidak boleh 0000."
    ),
    "nrp.chars": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{label} hanya boleh berisi angka (ditemukan: {found})."
    ),
    "nrp.length": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{label} harus 5 sampai 14 digit angka (tertulis {length} digit)."
    ),
}

# Characters that never carry meaning in an identifier but arrive from copy-paste, CSV
# exports (byte-order mark) and word processors (zero-width and non-breaking spaces).
_INVISIBLE: Final = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
# Excel's text marker is the ASCII apostrophe; word processors "smarten" it.
_APOSTROPHES: Final = frozenset("'’‘`")
# Group separators people type or printed forms use: dots, dashes of every width, slashes.
_SEPARATORS: Final = frozenset("./\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")

_SCIENTIFIC_RE: Final = re.compile(r"[+-]?\d+(?:[.,]\d*)?[eE][+-]?\d+")
# ``str(float)`` of a whole number, as written by pandas or a float-typed CSV column.
_FLOAT_TEXT_RE: Final = re.compile(r"\d+\.0")
# Only ASCII digits: str.isdigit() would also accept superscripts and other scripts.
_DIGITS_RE: Final = re.compile(r"[0-9]+")


@dataclass(frozen=True, slots=True)
class IdentifierResult:
    """Outcome of validating one identifier.

    ``value`` is the normalised digit string ('' when not ok), ``message`` the Indonesian
    explanation ('' when ok) rendered from ``MESSAGES[code]``. When ok, ``details`` describe
    the decoded fields (birth_date, gender, appointment, ...); when not ok they are the
    message template's parameters.
    """

    ok: bool
    kind: str
    value: str
    message: str
    details: Mapping[str, str] = field(default_factory=dict, hash=False)
    code: str = ""

    def __post_init__(self) -> None:
        # A read-only view keeps the "frozen" promise for the mapping too.
        object.__setattr__(self, "details", MappingProxyType(dict(self.details)))

    def as_message(self) -> Message:
        """A failed result's message, for display in any language (same ``code``)."""
        return Message(self.code, MESSAGES[self.code], dict(self.details))


class IdentifierError(UserError, ValueError):
    """An identifier failed validation; ``str(error)`` is the Indonesian message.

    It is a ``UserError`` so the CLI and dialogs show it (in the interface language), and a
    ``ValueError`` for callers that treat it as bad input in general. ``field`` is the
    identifier kind in lower case (``nip``, ``nik``, ``nrp``, ``nipppk``).
    """

    def __init__(self, result: IdentifierResult) -> None:
        msg = result.as_message()
        super().__init__(msg.code, msg.template, field=result.kind.lower(), **msg.params)
        self.result = result
        self.kind = result.kind


def normalize_digits(raw: str) -> str:
    """Remove the decoration around and inside an identifier, keeping every other character.

    Drops surrounding whitespace, a leading apostrophe (Excel's "this is text" marker),
    spaces of every kind (including non-breaking and zero-width), dots, dashes and slashes:
    ``" '19860914 201001 1 003"`` → ``"198609142010011003"``. Letters, commas and exponent
    signs are kept so the validators can reject them: ``1.98609E+17`` is *not* repaired.
    """
    core = _text_core(raw)
    return "".join(ch for ch in core if not (ch.isspace() or ch in _SEPARATORS))


def validate_nip(raw: RawIdentifier, *, today: date | None = None) -> IdentifierResult:
    """Validate an 18-digit NIP, accepting both the PNS and the PPPK shape.

    Layout: ``YYYYMMDD`` birth date, six digits of appointment, gender digit (1 pria,
    2 wanita), three-digit sequence (001–999). Digits 13–14 decide the shape: 01–12 is a
    PNS ``YYYYMM`` TMT (kind "NIP"); anything else is a PPPK ``YYYY`` year of appointment
    plus a code that is not a month (kind "NIPPPK"). ``today`` fixes the reference date.
    """
    return _validate_nip(raw, "NIP", today or date.today())


def validate_nipppk(raw: RawIdentifier, *, today: date | None = None) -> IdentifierResult:
    """Validate a NI PPPK: an 18-digit number of the PPPK shape (digits 13–14 not a month)."""
    result = _validate_nip(raw, "NIPPPK", today or date.today())
    if result.ok and result.kind == "NIP":
        return _fail(
            "nipppk.shape",
            "NIPPPK",
            appointment=result.details["appointment"],
            code=result.value[12:14],
        )
    return result


def classify_nip(raw: RawIdentifier, *, today: date | None = None) -> NipKind:
    """Return "NIP" (PNS) or "NIPPPK" for a valid 18-digit number; raise IdentifierError."""
    result = validate_nip(raw, today=today)
    if not result.ok:
        raise IdentifierError(result)
    return "NIPPPK" if result.kind == "NIPPPK" else "NIP"


def is_pns_shape(digits: str) -> bool:
    """Digits 13–14 of an 18-digit NIP are a month (01–12) for PNS, another code for PPPK."""
    return 1 <= int(digits[12:14]) <= 12


def group_nip(digits: str) -> str:
    """Spaced groups of 18 NIP digits, without validating them.

    PNS: ``19860914 201001 1 003``; PPPK: ``19900913 2025 24 2 014``.
    """
    if is_pns_shape(digits):
        return f"{digits[0:8]} {digits[8:14]} {digits[14]} {digits[15:18]}"
    return f"{digits[0:8]} {digits[8:12]} {digits[12:14]} {digits[14]} {digits[15:18]}"


def format_nip(value: RawIdentifier, *, today: date | None = None) -> str:
    """Print a NIP with its groups spaced, as on SK and ID cards; raise IdentifierError.

    PNS: ``19860914 201001 1 003``; PPPK: ``19900913 2025 24 2 014``.
    """
    result = validate_nip(value, today=today)
    if not result.ok:
        raise IdentifierError(result)
    return result.details["formatted"]


def validate_nik(raw: RawIdentifier, *, today: date | None = None) -> IdentifierResult:
    """Validate a 16-digit NIK (Nomor Induk Kependudukan).

    Layout: province (2), regency (2), district (2), ``DDMMYY`` birth date with 40 added to
    the day for women, sequence 0001–9999. ``details`` give gender ('L'/'P'), birth_date
    (ISO), region codes and the masked form. YY above the current two-digit year is read as
    19YY, otherwise 20YY unless that date has not happened yet (then 19YY: a centenarian
    is more plausible than someone born in the future).
    """
    today = today or date.today()
    digits = _coerce(raw, "NIK", NIK_LENGTH)
    if isinstance(digits, IdentifierResult):
        return digits
    province, regency, district = digits[0:2], digits[2:4], digits[4:6]
    if province not in PROVINCES:
        return _fail("nik.province", "NIK", province_code=province)
    if regency == "00":
        return _fail("nik.regency", "NIK")
    if district == "00":
        return _fail("nik.district", "NIK")
    day, month, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    female = day > NIK_FEMALE_DAY_OFFSET
    birth = _nik_birth_date(day - NIK_FEMALE_DAY_OFFSET if female else day, month, yy, today)
    if birth is None:
        return _fail("nik.birth_date", "NIK", birth=digits[6:12])
    if digits[12:16] == "0000":
        return _fail("nik.sequence", "NIK")
    return _ok(
        "NIK",
        digits,
        province_code=province,
        province=PROVINCES[province],
        regency_code=digits[0:4],
        district_code=digits[0:6],
        birth_date=birth.isoformat(),
        gender="P" if female else "L",
        sequence=digits[12:16],
        masked=mask_nik(digits),
    )


def mask_nik(value: str | int) -> str:
    """Mask a NIK for lists and logs, keeping the first and last four digits.

    ``5301014309860003`` → ``5301********0003``. Never raises: a value too short to mask
    meaningfully is masked completely rather than shown.
    """
    return mask_digits(normalize_digits(str(value)))


def validate_nrp(raw: RawIdentifier, *, today: date | None = None) -> IdentifierResult:
    """Validate an NRP (TNI/Polri service number): 5–14 digits after normalisation.

    TNI formats vary by branch and era, so nothing beyond the length is enforced. For
    8 digits whose 3rd–4th digits are a month, ``details`` add ``polri_birth_month``
    (``YYYY-MM``, the Polri ``YYMM`` birth prefix) as information only.
    """
    today = today or date.today()
    digits = _coerce(raw, "NRP", None)
    if isinstance(digits, IdentifierResult):
        return digits
    if not NRP_MIN_LENGTH <= len(digits) <= NRP_MAX_LENGTH:
        return _fail("nrp.length", "NRP", length=str(len(digits)))
    details = {"length": str(len(digits))}
    if len(digits) == 8 and 1 <= int(digits[2:4]) <= 12:
        yy = int(digits[0:2])
        year = 1900 + yy if yy > today.year % 100 else 2000 + yy
        details["polri_birth_month"] = f"{year:04d}-{digits[2:4]}"
    return _ok("NRP", digits, **details)


def validate_identifier(
    kind: str, raw: RawIdentifier, *, today: date | None = None
) -> IdentifierResult:
    """Validate ``raw`` as ``kind``: "NIP" (either shape), "NIPPPK"/"NI PPPK", "NIK" or "NRP".

    ``kind`` is matched case-insensitively, ignoring spaces, dots, dashes and underscores.
    An unknown kind gives a failed result (code "kind.unknown"), not an exception, because
    the kind may come from an imported column.
    """
    validator = _VALIDATORS.get(_canonical_kind(kind))
    if validator is None:
        return _fail("kind.unknown", str(kind), kind=str(kind))
    return validator(raw, today=today)


def require_nip(raw: RawIdentifier, *, today: date | None = None) -> str:
    """Return the normalised NIP (either shape) or raise IdentifierError."""
    return _require(validate_nip(raw, today=today))


def require_nipppk(raw: RawIdentifier, *, today: date | None = None) -> str:
    """Return the normalised NI PPPK or raise IdentifierError."""
    return _require(validate_nipppk(raw, today=today))


def require_nik(raw: RawIdentifier, *, today: date | None = None) -> str:
    """Return the normalised NIK or raise IdentifierError."""
    return _require(validate_nik(raw, today=today))


def require_nrp(raw: RawIdentifier, *, today: date | None = None) -> str:
    """Return the normalised NRP or raise IdentifierError."""
    return _require(validate_nrp(raw, today=today))


def require_identifier(kind: str, raw: RawIdentifier, *, today: date | None = None) -> str:
    """Return the normalised identifier of ``kind`` or raise IdentifierError."""
    return _require(validate_identifier(kind, raw, today=today))


# --- internals -------------------------------------------------------------------------


class _Validator(Protocol):
    """Call signature shared by the public validators (for the dispatch table)."""

    def __call__(self, raw: RawIdentifier, *, today: date | None = None) -> IdentifierResult: ...


_VALIDATORS: Final[Mapping[str, _Validator]] = MappingProxyType(
    {
        "NIP": validate_nip,
        "NIPPPK": validate_nipppk,
        "PPPK": validate_nipppk,
        "NIK": validate_nik,
        "NRP": validate_nrp,
    }
)


def _canonical_kind(kind: str) -> str:
    return re.sub(r"[\s._-]", "", str(kind)).upper()


def _require(result: IdentifierResult) -> str:
    if not result.ok:
        raise IdentifierError(result)
    return result.value


def _ok(kind: str, value: str, /, **details: str) -> IdentifierResult:
    return IdentifierResult(ok=True, kind=kind, value=value, message="", details=details, code="")


def _fail(code: str, kind: str, /, **params: str) -> IdentifierResult:
    # Positional-only so templates may use "code" and "kind" as parameter names. The label
    # is a parameter like any other so a translated template can use it too.
    params.setdefault("label", _LABELS.get(kind, kind))
    return IdentifierResult(
        ok=False,
        kind=kind,
        value="",
        message=MESSAGES[code].format(**params),
        details=params,
        code=code,
    )


def _text_core(raw: str) -> str:
    """Text without invisible characters, surrounding whitespace and the Excel apostrophe."""
    text = raw.translate(_INVISIBLE).strip()
    if text[:1] in _APOSTROPHES:
        text = text[1:]
    return text


def _excel_style(number: float) -> str:
    # Excel's "General" format shows six significant digits: 1.98609E+17.
    return f"{number:.5E}" if abs(number) >= 1e11 else f"{number:g}"


def _coerce(raw: object, kind: str, length: int | None) -> str | IdentifierResult:
    """Turn raw input into a digit string, or a failed result explaining what is wrong.

    ``length`` is the exact length the identifier must have (None: variable). Length is
    checked here, after the damage checks, so a damaged value reports the damage.
    """
    prefix = {"NIP": "nip", "NIPPPK": "nip", "NIK": "nik"}.get(kind, "nrp")
    if isinstance(raw, bool):
        # bool is an int subclass; True is never an identifier.
        return _fail("input.type", kind, type="bool")
    if isinstance(raw, float):
        if math.isfinite(raw) and raw >= 10**EXCEL_SIGNIFICANT_DIGITS:
            # 16+ integer digits in a double: the trailing digits are already invented.
            return _fail("excel.precision", kind, shown=_excel_style(raw))
        if not math.isfinite(raw) or raw < 0 or not raw.is_integer():
            return _fail("number.invalid", kind, shown=_excel_style(raw))
        digits = str(int(raw))
    elif isinstance(raw, int):
        if raw < 0:
            return _fail("number.invalid", kind, shown=str(raw))
        digits = str(raw)
        tail = digits[EXCEL_SIGNIFICANT_DIGITS:]
        if tail and set(tail) == {"0"}:
            # A spreadsheet number (openpyxl returns whole numbers as int) with more than
            # 15 digits ending in zeros is the signature of Excel's precision loss. Callers
            # holding an exact identifier should pass it as text.
            return _fail("excel.precision", kind, shown=digits)
    elif isinstance(raw, str):
        core = _text_core(raw)
        compact = "".join(ch for ch in core if not ch.isspace())
        if _SCIENTIFIC_RE.fullmatch(compact):
            return _fail("excel.scientific", kind, shown=compact)
        if _FLOAT_TEXT_RE.fullmatch(compact):
            return _fail("excel.decimal", kind, shown=compact)
        digits = normalize_digits(raw)
    else:
        return _fail("input.type", kind, type=type(raw).__name__)
    if not digits:
        return _fail("empty", kind)
    if not _DIGITS_RE.fullmatch(digits):
        return _fail(f"{prefix}.chars", kind, found=_offending(digits))
    if length is not None and len(digits) != length:
        return _fail(f"{prefix}.length", kind, length=str(len(digits)))
    return digits


def _offending(text: str) -> str:
    seen: list[str] = []
    for ch in text:
        if not ("0" <= ch <= "9") and ch not in seen:
            seen.append(ch)
    shown = ", ".join(f"“{ch}”" for ch in seen[:3])
    return shown + (", …" if len(seen) > 3 else "")


def _date_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _validate_nip(raw: RawIdentifier, kind: NipKind, today: date) -> IdentifierResult:
    digits = _coerce(raw, kind, NIP_LENGTH)
    if isinstance(digits, IdentifierResult):
        return digits
    birth = _date_or_none(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    if birth is None:
        return _fail("nip.birth_date", kind, birth=digits[0:8])
    max_birth_year = today.year - MIN_APPOINTMENT_AGE
    if not MIN_BIRTH_YEAR <= birth.year <= max_birth_year:
        return _fail(
            "nip.birth_year",
            kind,
            year=str(birth.year),
            min_year=str(MIN_BIRTH_YEAR),
            max_year=str(max_birth_year),
        )
    year, code = int(digits[8:12]), digits[12:14]
    pns = is_pns_shape(digits)
    appointment = f"{year:04d}-{code}" if pns else f"{year:04d}"
    if not pns and year < PPPK_FIRST_YEAR:
        return _fail(
            "nipppk.appointment_year",
            kind,
            code=code,
            year=str(year),
            min_year=str(PPPK_FIRST_YEAR),
        )
    min_year = birth.year + MIN_APPOINTMENT_AGE
    if year < min_year:
        return _fail(
            "nip.appointment_early",
            kind,
            appointment=appointment,
            birth=birth.isoformat(),
            min_year=str(min_year),
        )
    max_year = today.year + APPOINTMENT_LEAD_YEARS
    if year > max_year:
        return _fail(
            "nip.appointment_future", kind, appointment=appointment, max_year=str(max_year)
        )
    gender = digits[14]
    if gender not in "12":
        return _fail("nip.gender", kind, digit=gender)
    if digits[15:18] == "000":
        return _fail("nip.sequence_zero", kind)
    details = {
        "birth_date": birth.isoformat(),
        "gender": "L" if gender == "1" else "P",
        "appointment": appointment,
        "appointment_year": f"{year:04d}",
        "sequence": digits[15:18],
    }
    details["appointment_month" if pns else "pppk_code"] = code
    details["formatted"] = group_nip(digits)
    return _ok("NIP" if pns else "NIPPPK", digits, **details)


def _nik_birth_date(day: int, month: int, yy: int, today: date) -> date | None:
    if yy <= today.year % 100:
        recent = _date_or_none(2000 + yy, month, day)
        if recent is not None and recent <= today:
            return recent
    return _date_or_none(1900 + yy, month, day)
