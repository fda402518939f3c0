"""Find the header row of an invitation list and recognise what each column holds.

Headers are written by hand in Indonesian or English ("Nama Lengkap", "NIP/NRP",
"Instansi / Unit Kerja", "No. HP"), often below a title block and sometimes over two
rows where a merged group cell ("Identitas") spans "NIP" and "NIK". Each guess carries a
confidence so the GUI asks the user only when it is unsure; a confirmed mapping is
remembered per event (the local ``IMPORT_MAPPINGS`` setting) and reused when the same list
is re-imported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop_app.services.common.cells import CellValue
from desktop_app.services.common.messages import QT_TRANSLATE_NOOP, Message, message
from desktop_app.services.common.settings import IMPORT_MAPPINGS
from desktop_app.services.people.names import fold

# Attendee fields an import can fill, with their Indonesian labels for the mapping dialog.
FIELD_LABELS: dict[str, str] = {
    "full_name": "Nama",
    "nip": "NIP",
    "nik": "NIK",
    "nrp": "NRP",
    "identifier": "NIP/NRP (campuran)",
    "position": "Jabatan/Pangkat",
    "institution": "Instansi/Unit Kerja",
    "category": "Kategori",
    "phone": "No. HP",
    "role": "Peran",
    "code": "Kode Peserta",
    "notes": "Keterangan",
}
IGNORE = ""  # a column deliberately not imported (row numbers, signature boxes)

# Folded header text → field. Exact matches are certain; containing matches less so.
SYNONYMS: dict[str, str] = {
    "nama": "full_name",
    "nama lengkap": "full_name",
    "nama peserta": "full_name",
    "nama dan gelar": "full_name",
    "nama lengkap dan gelar": "full_name",
    "nama lengkap gelar": "full_name",
    "nama undangan": "full_name",
    "name": "full_name",
    "full name": "full_name",
    "participant": "full_name",
    "nama pejabat": "full_name",
    "nip": "nip",
    "nip nipppk": "nip",
    "nip ni pppk": "nip",
    "nomor induk pegawai": "nip",
    "nip pppk": "nip",
    "ni pppk": "nip",
    "nipppk": "nip",
    "nik": "nik",
    "no ktp": "nik",
    "nomor induk kependudukan": "nik",
    "ktp": "nik",
    "nik ktp": "nik",
    "no nik": "nik",
    "nrp": "nrp",
    "nrp nip": "identifier",
    "nip nrp": "identifier",
    "nip nrp nik": "identifier",
    "nip nik": "identifier",
    "nomor identitas": "identifier",
    "no identitas": "identifier",
    "id number": "identifier",
    "identitas": "identifier",
    "nomor induk": "identifier",
    "jabatan": "position",
    "pangkat jabatan": "position",
    "jabatan pangkat": "position",
    "pangkat": "position",
    "position": "position",
    "job title": "position",
    "jabatan dalam dinas": "position",
    "jabatan golongan": "position",
    "instansi": "institution",
    "unit kerja": "institution",
    "instansi unit kerja": "institution",
    "asal instansi": "institution",
    "opd": "institution",
    "satuan kerja": "institution",
    "satker": "institution",
    "kesatuan": "institution",
    "lembaga": "institution",
    "organisasi": "institution",
    "institution": "institution",
    "organization": "institution",
    "agency": "institution",
    "asal": "institution",
    "unit": "institution",
    "instansi lembaga": "institution",
    "desa kelurahan": "institution",
    "desa": "institution",
    "kategori": "category",
    "jenis peserta": "category",
    "unsur": "category",
    "kategori peserta": "category",
    "category": "category",
    "kelompok": "category",
    "no hp": "phone",
    "nomor hp": "phone",
    "hp": "phone",
    "no telp": "phone",
    "telepon": "phone",
    "no telepon": "phone",
    "no hp wa": "phone",
    "whatsapp": "phone",
    "wa": "phone",
    "no wa": "phone",
    "phone": "phone",
    "mobile": "phone",
    "phone number": "phone",
    "nomor telepon": "phone",
    "kontak": "phone",
    "no handphone": "phone",
    "peran": "role",
    "sebagai": "role",
    "role": "role",
    "status": "role",
    "kode": "code",
    "kode peserta": "code",
    "kode undangan": "code",
    "code": "code",
    "keterangan": "notes",
    "ket": "notes",
    "catatan": "notes",
    "notes": "notes",
    "remarks": "notes",
    "no": IGNORE,
    "no urut": IGNORE,
    "nomor": IGNORE,
    "nomor urut": IGNORE,
    "tanda tangan": IGNORE,
    "ttd": IGNORE,
    "paraf": IGNORE,
}
# Words that point at a field when the header is longer than a known synonym.
KEYWORDS: list[tuple[str, str]] = [
    ("nip", "nip"),
    ("nik", "nik"),
    ("ktp", "nik"),
    ("nrp", "nrp"),
    ("jabatan", "position"),
    ("pangkat", "position"),
    ("instansi", "institution"),
    ("unit", "institution"),
    ("satuan", "institution"),
    ("kantor", "institution"),
    ("dinas", "institution"),
    ("kategori", "category"),
    ("hp", "phone"),
    ("telp", "phone"),
    ("telepon", "phone"),
    ("whatsapp", "phone"),
    ("keterangan", "notes"),
    # Last: "Nama Instansi" is an institution, "Nama Peserta (dengan gelar)" a name.
    ("nama", "full_name"),
    ("name", "full_name"),
]
REVIEW_BELOW = 0.9
SCAN_ROWS = 30


@dataclass
class ColumnGuess:
    """What one column of the sheet is believed to hold."""

    index: int
    header: str
    field: str | None  # None: unknown; IGNORE: deliberately skipped
    confidence: float
    remembered: bool = False
    note: Message | None = None  # why the guess is what it is, for the preview


@dataclass
class ColumnMapping:
    """The header row (last one, 0-based) and a guess per column.

    ``first_header_row`` is the top header row: the same as ``header_row`` unless a second
    row of sub-headers sits under merged group cells ("Identitas" over "NIP" | "NIK").
    """

    header_row: int
    columns: list[ColumnGuess] = field(default_factory=list)
    first_header_row: int = -1

    def __post_init__(self) -> None:
        if self.first_header_row < 0:
            self.first_header_row = self.header_row

    def recognised_headers(self) -> list[str]:
        """The header texts taken as a field, in column order (why this row is the header)."""
        return [c.header for c in self.columns if c.field and c.header]

    def field_columns(self) -> dict[str, int]:
        """Field → column index, for the fields that are mapped."""
        return {c.field: c.index for c in self.columns if c.field}

    @property
    def needs_review(self) -> bool:
        """True when a person should confirm the mapping before importing."""
        mapped = self.field_columns()
        if "full_name" not in mapped:
            return True
        return any(
            c.field is not None and c.field != IGNORE and c.confidence < REVIEW_BELOW
            for c in self.columns
        ) or any(c.field is None and c.header for c in self.columns)

    def with_fields(self, fields: dict[int, str | None]) -> ColumnMapping:
        """A copy with some columns set by hand (certain)."""
        columns = [
            ColumnGuess(c.index, c.header, fields[c.index], 1.0) if c.index in fields else c
            for c in self.columns
        ]
        return ColumnMapping(self.header_row, columns, self.first_header_row)


def header_key(value: CellValue) -> str:
    """Folded header text without punctuation: ``'No. HP / WA'`` → ``'no hp wa'``."""
    text = fold(str(value)) if value is not None else ""
    return " ".join(re.findall(r"[a-z0-9]+", text))


def guess_field(value: CellValue) -> tuple[str | None, float]:
    """The field a header names, with a confidence from 0 to 1."""
    key = header_key(value)
    if not key:
        return None, 0.0
    if key in SYNONYMS:
        return SYNONYMS[key], 1.0
    words = key.split()
    ids = [w for w in words if w in ("nip", "nrp", "nik")]
    if len(ids) >= 2:
        return "identifier", 0.85
    for keyword, target in KEYWORDS:
        if keyword in words:
            return target, 0.75
    return None, 0.0


def _row_score(row: list[CellValue]) -> tuple[int, bool]:
    fields = set()
    for value in row:
        if isinstance(value, str):
            found, confidence = guess_field(value)
            if found and confidence >= 0.75:
                fields.add(found)
    return len(fields - {IGNORE}), "full_name" in fields


def find_header_row(rows: list[list[CellValue]]) -> int | None:
    """Index of the row that looks most like a header (needs a name column), or None."""
    best, best_score = None, 0
    for index, row in enumerate(rows[:SCAN_ROWS]):
        score, has_name = _row_score(row)
        if has_name and score > best_score:
            best, best_score = index, score
    return best


def guess_mapping(
    rows: list[list[CellValue]], remembered: dict[str, str] | None = None
) -> ColumnMapping | None:
    """Recognise the header row(s) and each column; None when no header row is found."""
    top = find_header_row(rows)
    if top is None:
        return None
    header = list(rows[top])
    last = top
    # A second header row under merged group cells ("Identitas" over "NIP" | "NIK").
    if top + 1 < len(rows):
        below = rows[top + 1]
        found_below = [guess_field(v) for v in below]
        if _is_sub_header_row(header, below) and not _looks_like_data(below):
            last = top + 1
            for i, (found, confidence) in enumerate(found_below):
                if found and confidence >= 0.75 and i < len(header):
                    current, current_conf = guess_field(header[i])
                    if current_conf < 1.0 or current == "identifier":
                        header[i] = below[i]
                elif i < len(header) and header[i] is None and below[i] is not None:
                    header[i] = below[i]
    remembered = remembered or {}
    columns: list[ColumnGuess] = []
    used: dict[str, ColumnGuess] = {}
    for index, value in enumerate(header):
        text = "" if value is None else str(value).strip()
        key = header_key(value)
        if key in remembered:
            guess = ColumnGuess(index, text, remembered[key] or IGNORE, 1.0, remembered=True)
        else:
            found, confidence = guess_field(value)
            guess = ColumnGuess(index, text, found, confidence)
        if guess.field:
            previous = used.get(guess.field)
            if previous is not None:
                # Two columns claim the same field: keep the surer (or first), flag the other.
                if guess.confidence > previous.confidence:
                    previous.field, previous.confidence = None, 0.0
                    used[guess.field] = guess
                else:
                    guess.field, guess.confidence = None, 0.0
            else:
                used[guess.field] = guess
        columns.append(guess)
    mapping = ColumnMapping(header_row=last, columns=columns, first_header_row=top)
    _recognise_mixed_identifiers(mapping, rows[last + 1 :])
    return mapping


def _is_sub_header_row(header: list[CellValue], below: list[CellValue]) -> bool:
    """True when every filled cell of ``below`` is a header sitting under a group cell.

    A data row like "Budi Santoso | Dinas Pendidikan" under "Nama | Instansi" must not be
    taken for sub-headers because "Dinas" sounds like a header word: each filled cell has
    to be recognised as a header, and the cell above it has to be empty or a group label
    (not already a certain header of its own).
    """
    filled = [(i, v) for i, v in enumerate(below) if v is not None and str(v).strip()]
    if not filled:
        return False
    for i, value in filled:
        found, confidence = guess_field(value)
        if not found or confidence < 0.75:
            return False
        above = header[i] if i < len(header) else None
        if above is not None and str(above).strip():
            above_field, above_conf = guess_field(above)
            if above_conf >= 1.0 and above_field != "identifier":
                return False
    return True


# Police and army numbers (NRP) are 8 digits, some older or civil-servant ones up to 14;
# NIP and NI PPPK are 18, NIK 16.
NRP_DIGITS = range(8, 15)


def _recognise_mixed_identifiers(mapping: ColumnMapping, data: list[list[CellValue]]) -> None:
    """A "NIP" column that also holds NRPs (police/army) is read as mixed NIP/NRP; a column
    confirmed as NIP earlier keeps that choice but says why it may be wrong."""
    if "identifier" in mapping.field_columns():
        return
    for column in mapping.columns:
        if column.field != "nip":
            continue
        # Only whole numbers count: "1.97512E+17" is a NIP Excel damaged, not an NRP.
        lengths = [
            len(digits)
            for row in data
            if column.index < len(row) and isinstance(row[column.index], (str, int))
            for digits in (re.sub(r"[\s-]", "", str(row[column.index])),)
            if digits.isdigit()
        ]
        nrp_like = sum(1 for n in lengths if n in NRP_DIGITS)
        if not nrp_like:
            continue
        note = message(
            "import.mixed_nip_nrp",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Kolom '{header}' berisi {count} nomor 8–14 digit (NRP polisi/TNI) di "
                "samping NIP 18 digit: dibaca sebagai NIP/NRP campuran.",
            ),
            header=column.header,
            count=nrp_like,
        )
        if column.remembered:
            column.note = message(
                "import.mixed_nip_nrp_remembered",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "Kolom '{header}' berisi {count} nomor 8–14 digit (NRP polisi/TNI); "
                    "pilih “NIP/NRP (campuran)” agar tidak ditolak sebagai NIP.",
                ),
                header=column.header,
                count=nrp_like,
            )
            continue
        column.field, column.confidence, column.note = "identifier", 1.0, note
        return


def _looks_like_data(row: list[CellValue]) -> bool:
    """A row with numbers or long texts is data, not a second header row."""
    values = [v for v in row if v is not None]
    if any(isinstance(v, (int, float)) for v in values):
        return True
    return any(isinstance(v, str) and sum(ch.isdigit() for ch in v) >= 5 for v in values)


def remembered_mapping(event_id: str) -> dict[str, str]:
    """Header text → field confirmed earlier for this event (empty when none)."""
    return IMPORT_MAPPINGS.of(event_id).get()


def remember_mapping(event_id: str, mapping: ColumnMapping) -> None:
    """Store the confirmed mapping by header text, merged with what was stored before."""
    data = remembered_mapping(event_id)
    for column in mapping.columns:
        key = header_key(column.header)
        if key and column.field is not None:
            data[key] = column.field
    IMPORT_MAPPINGS.of(event_id).set(data)
