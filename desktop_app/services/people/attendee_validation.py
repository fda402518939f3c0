"""Validate one person's data, from an imported row or the walk-in form, the same way.

Identifiers are checked by ``identifiers`` (structure and plausible dates, never guessed).
What this module adds is what only a spreadsheet can break: an NIP typed into a number
cell comes back as ``1.98609E+17`` or with its last digits turned to zeros, and the
message must tell the organizer how to fix that in Excel.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from desktop_app.models.categories import Category, Role
from desktop_app.services.common.cells import CellValue
from desktop_app.services.common.messages import QT_TRANSLATE_NOOP, Message, message
from desktop_app.services.common.text_hygiene import (
    control_characters,
    has_invisible,
    strip_control,
    strip_invisible,
)
from desktop_app.services.people import identifiers
from desktop_app.services.people.names import bare_name, clean_full_name, fold

ERROR = "error"
WARNING = "warning"

EXAMPLES = {"NIP": "198609142010011003", "NIK": "5301045409860003"}
_SCIENTIFIC = re.compile(r"^\s*\d+(?:[.,]\d+)?\s*[eE]\s*\+?\s*\d+\s*$")
MAX_NAME = 200


@dataclass
class FieldProblem:
    """One problem with one field; errors reject the row, warnings only inform."""

    field: str
    text: Message
    severity: str = ERROR

    @property
    def message(self) -> str:
        """The Indonesian text (import reports, CLI); the UI words ``text`` itself."""
        return str(self.text)


@dataclass
class PersonData:
    """A person as entered, cleaned and validated (identifiers are digits only)."""

    full_name: str = ""
    nip: str = ""
    nik: str = ""
    nrp: str = ""
    position: str = ""
    institution: str = ""
    category: str = ""  # "" = not given; infer
    phone: str = ""
    role: str = ""
    notes: str = ""
    code: str = ""
    problems: list[FieldProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(p.severity == ERROR for p in self.problems)

    _sort_name: tuple[str, str] = ("", "")  # (full_name it was computed from, bare name)

    @property
    def sort_name(self) -> str:
        # Cached: bare_name is the costliest step of validating a 10,000-row import.
        if self._sort_name[0] != self.full_name:
            self._sort_name = (self.full_name, bare_name(self.full_name))
        return self._sort_name[1]

    def identity_keys(self) -> list[tuple[str, str]]:
        """(kind, value) pairs that identify this person for sure."""
        return [(k, v) for k, v in (("nip", self.nip), ("nik", self.nik), ("nrp", self.nrp)) if v]

    def name_key(self) -> tuple[str, str]:
        """Bare name + folded institution: same key = probably the same person."""
        return (self.sort_name, fold(self.institution))


def cell_text(value: CellValue) -> str:
    """A cell as text: whole numbers without ``.0``, dates as ``DD-MM-YYYY``."""
    if type(value) is str:  # the common case first: most cells are text
        return " ".join(value.replace("\u00a0", " ").split())
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.datetime, dt.date)):
        return f"{value:%d-%m-%Y}"
    return " ".join(str(value).replace("\u00a0", " ").split())


def excel_text_fix(label: str) -> Message:
    """How to fix an identifier column that Excel has turned into numbers."""
    return message(
        "person.excel_text_fix",
        QT_TRANSLATE_NOOP(
            "ServiceMessages",
            "Perbaiki di Excel: blok kolom {label}, klik kanan → Format Cells → Text, lalu "
            "ketik ulang {label} lengkap (atau awali dengan tanda petik ', misalnya "
            "'{example}), simpan, dan impor lagi.",
        ),
        label=label,
        example=EXAMPLES[label],
    )


def _excel_damage(label: str, value: CellValue, length: int) -> Message | None:
    """The message for a number cell or scientific text that Excel has mangled, else None."""
    fix = excel_text_fix(label)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        digits = f"{value:.0f}" if isinstance(value, float) else str(value)
        if len(digits) >= 16 or (isinstance(value, float) and not value.is_integer()):
            return message(
                "person.excel_digits_lost",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "{label} tersimpan sebagai angka di Excel, sehingga digit terakhirnya "
                    "hilang (terbaca {digits}). {fix}",
                ),
                label=label,
                digits=digits,
                fix=fix,
            )
        if len(digits) < length:
            return message(
                "person.excel_too_short",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "{label} tersimpan sebagai angka di Excel dan terlalu pendek (terbaca "
                    "{digits}); angka 0 di depan atau digit lain mungkin hilang. {fix}",
                ),
                label=label,
                digits=digits,
                fix=fix,
            )
        return None
    # Text cells: scientific notation and zeroed NIP sequences are caught by ``identifiers``;
    # a NIK whose last four digits are zeros is the same Excel damage, so say so.
    digits = re.sub(r"\D", "", str(value))
    if (
        label == "NIK"
        and len(digits) == length
        and digits.endswith("0000")
        and re.fullmatch(r"[\d\s.']+", str(value))
    ):
        return message(
            "person.nik_zeroed",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "NIK {digits} berakhiran 0000: digit terakhirnya kemungkinan hilang karena "
                "Excel membulatkan angka panjang. {fix}",
            ),
            digits=digits,
            fix=fix,
        )
    return None


def _check(kind: str, raw: str | int | float) -> identifiers.IdentifierResult:
    return identifiers.validate_identifier(kind, raw)


def _raw(value: CellValue) -> str | int | float:
    """What the identifier validators get: numbers as numbers (they detect Excel damage)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return cell_text(value)


def nip_shape(nip: str) -> str:
    """``ASN`` for a PNS NIP (digits 13–14 a month), ``PPPK`` for the NI PPPK shape."""
    return Category.ASN.value if identifiers.is_pns_shape(nip) else Category.PPPK.value


def _identifier_cell(
    kind: str, length: int | None, value: CellValue
) -> tuple[str, FieldProblem | None]:
    """``kind`` from a cell: (digits, problem); ``length`` set where Excel can mangle it."""
    field = kind.lower()
    damage = _excel_damage(kind, value, length) if length else None
    if damage:
        return "", FieldProblem(field, damage)
    result = _check(kind, _raw(value))
    if not result.ok:
        return "", FieldProblem(field, result.as_message())
    return result.value, None


def validate_nip_cell(value: CellValue) -> tuple[str, FieldProblem | None]:
    """A NIP or NI PPPK (both shapes accepted) from a cell: (digits, problem)."""
    return _identifier_cell("NIP", 18, value)


def validate_nik_cell(value: CellValue) -> tuple[str, FieldProblem | None]:
    return _identifier_cell("NIK", 16, value)


def validate_nrp_cell(value: CellValue) -> tuple[str, FieldProblem | None]:
    return _identifier_cell("NRP", None, value)


def _split_identifier(value: CellValue, person: PersonData) -> None:
    """A mixed "NIP/NRP" column: the digit count tells which identifier it is."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        digits = f"{value:.0f}"
    else:
        digits = re.sub(r"\D", "", cell_text(value))
    scientific = isinstance(value, str) and bool(_SCIENTIFIC.match(value))
    asn = person.category in (Category.ASN.value, Category.PPPK.value)
    # 15 digits is what Excel keeps of an 18-digit NIP; 17 a NIP with one digit lost.
    if scientific or len(digits) >= 17 or len(digits) == 15 or (asn and len(digits) > 14):
        kind = "nip"
    elif len(digits) == 16:
        kind = "nik"
    else:
        kind = "nrp"
    if kind == "nip":
        person.nip, problem = validate_nip_cell(value)
    elif kind == "nik":
        person.nik, problem = validate_nik_cell(value)
    else:
        person.nrp, problem = validate_nrp_cell(value)
    if problem:
        problem.field = "identifier"
        person.problems.append(problem)


CATEGORY_WORDS: list[tuple[tuple[str, ...], Category]] = [
    (("pppk", "p3k", "asn pppk", "ni pppk"), Category.PPPK),
    (
        ("asn", "pns", "asn pns", "aparatur sipil negara", "pegawai negeri sipil", "cpns"),
        Category.ASN,
    ),
    (
        ("kepala desa", "kades", "lurah", "kepala desa lurah", "kepala kelurahan"),
        Category.KEPALA_DESA,
    ),
    (
        ("perangkat desa", "aparat desa", "aparatur desa", "perangkat kelurahan"),
        Category.PERANGKAT_DESA,
    ),
    (("tni", "tni ad", "tni al", "tni au", "militer"), Category.TNI),
    (("polri", "polisi", "kepolisian"), Category.POLRI),
    (
        (
            "umum",
            "masyarakat",
            "tokoh masyarakat",
            "tokoh agama",
            "pers",
            "media",
            "tamu",
            "mahasiswa",
            "ormas",
            "lainnya",
            "public",
            "guest",
        ),
        Category.UMUM,
    ),
]


def parse_category(text: str) -> Category | None:
    """A category written in words (``PNS``, ``Kades``, ``Polri``...), or None if unknown."""
    key = " ".join(re.findall(r"[a-z0-9]+", fold(text)))
    if not key:
        return None
    for words, category in CATEGORY_WORDS:
        if key in words:
            return category
    for category in Category:
        if key == category.value.lower().replace("_", " ") or key == fold(category.label):
            return category
    for words, category in CATEGORY_WORDS:
        if any(re.search(rf"\b{re.escape(w)}\b", key) for w in words):
            return category
    return None


POLRI_UNIT = re.compile(
    r"\b(polri|polda|polres|polresta|polsek|polrestabes|brimob|"
    r"sat ?brimob|ditlantas|kepolisian|bhabinkamtibmas)\b"
)
TNI_UNIT = re.compile(
    r"\b(tni|kodim|koramil|korem|kodam|yonif|lanal|lanud|lantamal|"
    r"kodaeral|yon|batalyon|denpom|babinsa|kostrad|paskhas|marinir)\b"
)
POLRI_RANKS = re.compile(
    r"\b(akbp|kompol|akp|iptu|ipda|aiptu|aipda|bripka|brigpol|"
    r"briptu|bripda|bharada|bharatu|bharaka|kombes)\b"
)
VILLAGE_HEAD = re.compile(r"\b(kepala desa|kades|lurah|pj kepala desa|penjabat kepala desa)\b")
VILLAGE_STAFF = re.compile(
    r"\b(sekretaris desa|sekdes|kaur|kasi|kepala dusun|kadus|"
    r"perangkat desa|bpd|staf desa|kepala urusan|kepala seksi)\b"
)


def infer_category(person: PersonData) -> Category:
    """Category when the sheet has none: NIP shape, NRP by unit, village posts, else Umum."""
    if person.nip:
        return Category(nip_shape(person.nip))
    context = " ".join(re.findall(r"[a-z0-9]+", fold(f"{person.institution} {person.position}")))
    if person.nrp:
        if POLRI_UNIT.search(context) or POLRI_RANKS.search(context):
            return Category.POLRI
        if TNI_UNIT.search(context):
            return Category.TNI
        return Category.UMUM
    if POLRI_UNIT.search(context):
        return Category.POLRI
    if TNI_UNIT.search(context):
        return Category.TNI
    position = " ".join(re.findall(r"[a-z0-9]+", fold(person.position)))
    institution = fold(person.institution)
    if VILLAGE_HEAD.search(position):
        return Category.KEPALA_DESA
    if institution.startswith(("desa ", "kelurahan ", "pemerintah desa")) or VILLAGE_STAFF.search(
        position
    ):
        return Category.PERANGKAT_DESA
    return Category.UMUM


def parse_role(text: str) -> Role | None:
    key = fold(text)
    for role in Role:
        if key in (role.value.lower(), role.label.lower()):
            return role
    if key in ("pembicara", "pemateri", "speaker"):
        return Role.NARASUMBER
    if key in ("peserta undangan", "undangan", "participant"):
        return Role.PESERTA
    return None


def clean_phone(value: CellValue) -> str:
    """Digits (and a leading +); Excel drops the 0 of ``0812...``, so put it back."""
    text = cell_text(value)
    digits = re.sub(r"[^\d+]", "", text)
    if digits.startswith("8") and 9 <= len(digits) <= 13:
        digits = "0" + digits
    return digits[:30]


def _clean_text(person: PersonData, field_name: str, value: CellValue) -> str:
    """Free text at the door: control characters refuse the row, invisible ones go."""
    text = cell_text(value)
    codes = control_characters(value if isinstance(value, str) else text)
    if codes:
        refused = message(
            "person.control_characters",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Berisi karakter kendali ({codes}) yang tidak boleh ada dalam data. "
                "Hapus karakter itu dari sel, lalu impor lagi.",
            ),
            codes=", ".join(codes),
        )
        person.problems.append(FieldProblem(field_name, refused))
        return " ".join(strip_control(text).split())
    if has_invisible(text):
        removed = message(
            "person.invisible_removed",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Karakter tak terlihat (spasi lebar-nol atau pembalik arah teks) dihapus.",
            ),
        )
        person.problems.append(FieldProblem(field_name, removed, WARNING))
        return " ".join(strip_invisible(text).split())
    return text


def validate_person(values: dict[str, CellValue]) -> PersonData:
    """Clean and validate one person given field → raw value; problems are listed, not raised."""
    person = PersonData()
    name = clean_full_name(_clean_text(person, "full_name", values.get("full_name")))
    person.full_name = name
    if not name:
        empty = message("person.name_empty", QT_TRANSLATE_NOOP("ServiceMessages", "Nama kosong."))
        person.problems.append(FieldProblem("full_name", empty))
    elif len(name) > MAX_NAME:
        too_long = message(
            "person.name_too_long",
            QT_TRANSLATE_NOOP("ServiceMessages", "Nama terlalu panjang (lebih dari {max} huruf)."),
            max=MAX_NAME,
        )
        person.problems.append(FieldProblem("full_name", too_long))
    elif not person.sort_name or not re.search(r"[^\W\d_]", name):
        no_letters = message(
            "person.name_no_letters",
            QT_TRANSLATE_NOOP("ServiceMessages", "Nama '{name}' tidak berisi huruf."),
            name=name,
        )
        person.problems.append(FieldProblem("full_name", no_letters))
    for key, check in (
        ("nip", validate_nip_cell),
        ("nik", validate_nik_cell),
        ("nrp", validate_nrp_cell),
    ):
        raw = values.get(key)
        if raw is not None and cell_text(raw):
            digits, problem = check(raw)
            setattr(person, key, digits)
            if problem:
                person.problems.append(problem)
    person.position = _clean_text(person, "position", values.get("position"))[:200]
    person.institution = _clean_text(person, "institution", values.get("institution"))[:200]
    person.notes = _clean_text(person, "notes", values.get("notes"))
    person.code = cell_text(values.get("code")).upper()
    person.phone = clean_phone(values.get("phone"))
    category_text = cell_text(values.get("category"))
    if category_text:
        category = parse_category(category_text)
        if category is None:
            person.problems.append(
                FieldProblem(
                    "category",
                    message(
                        "person.category_unknown",
                        QT_TRANSLATE_NOOP(
                            "ServiceMessages",
                            "Kategori '{category}' tidak dikenal; ditentukan otomatis.",
                        ),
                        category=category_text,
                    ),
                    WARNING,
                )
            )
        else:
            if category is Category.ASN and person.nip and nip_shape(person.nip) == "PPPK":
                category = Category.PPPK  # "ASN" covers both; the number tells which
            person.category = category.value
    raw_identifier = values.get("identifier")
    if raw_identifier is not None and cell_text(raw_identifier):
        _split_identifier(raw_identifier, person)
    if person.category == Category.ASN.value and person.nip and nip_shape(person.nip) == "PPPK":
        person.category = Category.PPPK.value
    role_text = cell_text(values.get("role"))
    if role_text:
        role = parse_role(role_text)
        if role is None:
            person.problems.append(
                FieldProblem(
                    "role",
                    message(
                        "person.role_unknown",
                        QT_TRANSLATE_NOOP(
                            "ServiceMessages", "Peran '{role}' tidak dikenal; dianggap Peserta."
                        ),
                        role=role_text,
                    ),
                    WARNING,
                )
            )
        else:
            person.role = role.value
    wanted = Category(person.category).identifier_kind if person.category else None
    if wanted in ("NIP", "NIPPPK") and not person.nip and person.ok:
        no_nip = message(
            "person.asn_without_nip",
            QT_TRANSLATE_NOOP("ServiceMessages", "Kategori ASN tetapi NIP kosong."),
        )
        person.problems.append(FieldProblem("nip", no_nip, WARNING))
    if wanted == "NRP" and not person.nrp and person.ok:
        no_nrp = message(
            "person.tni_polri_without_nrp",
            QT_TRANSLATE_NOOP("ServiceMessages", "Kategori TNI/Polri tetapi NRP kosong."),
        )
        person.problems.append(FieldProblem("nrp", no_nrp, WARNING))
    return person


def category_for(person: PersonData) -> str:
    """The category to store: as given, else inferred."""
    return person.category or infer_category(person).value


def attendee_fields(person: PersonData) -> dict[str, str]:
    """The ``Attendee`` columns a validated person fills (import and walk-in alike)."""
    return {
        "full_name": person.full_name,
        "sort_name": person.sort_name,
        "category": category_for(person),
        "nip": person.nip,
        "nik": person.nik,
        "nrp": person.nrp,
        "position": person.position,
        "institution": person.institution,
        "phone": person.phone,
    }
