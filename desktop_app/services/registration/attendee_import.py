"""Import an invitation list into an event: all rows validated, all-or-nothing, idempotent.

Flow: read the file (``spreadsheet_reader``) → find the header and columns
(``column_mapping``) → validate each row (``attendee_validation``) → match against the
event and against earlier rows of the same file → write everything in ONE transaction.
The same NIP/NIK/NRP is the same person (update); the same bare name + institution is
only a warning, except for rows without any identifier, where it is the only key we have.
Importing the same file twice changes nothing the second time.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from desktop_app.models import Attendee, Event, SyncedModel, stamp_and_log_many
from desktop_app.models.categories import Role, Source
from desktop_app.models.nik_keys import event_key
from desktop_app.models.personal_data import nik_hash
from desktop_app.services.common.audit import log_action
from desktop_app.services.common.cells import CellValue
from desktop_app.services.common.codes import CODE_ALPHABET
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.common.query_rows import rows_of
from desktop_app.services.people.attendee_validation import (
    ERROR,
    WARNING,
    PersonData,
    attendee_fields,
    validate_person,
)
from desktop_app.services.people.names import fold
from desktop_app.services.registration.attendee_search import invalidate as invalidate_search
from desktop_app.services.registration.column_mapping import (
    FIELD_LABELS,
    IGNORE,
    ColumnMapping,
    guess_mapping,
    remember_mapping,
    remembered_mapping,
)
from desktop_app.services.registration.spreadsheet_reader import SheetData, read_spreadsheet

log = logging.getLogger("ikrar.import")

# Fields an update may change (empty cells never erase what is stored).
UPDATABLE = (
    "full_name",
    "nip",
    "nik",
    "nrp",
    "position",
    "institution",
    "category",
    "phone",
    "role",
    "notes",
)
FIELD_NAMES_ID = {
    "full_name": "nama",
    "nip": "NIP",
    "nik": "NIK",
    "nrp": "NRP",
    "position": "jabatan",
    "institution": "instansi",
    "category": "kategori",
    "phone": "no. HP",
    "role": "peran",
    "notes": "keterangan",
}


class RowStatus(StrEnum):
    IMPORTED = "DIIMPOR"
    UPDATED = "DIPERBARUI"
    SKIPPED = "DILEWATI"
    REJECTED = "DITOLAK"
    WARNING = "PERINGATAN"
    NOT_READ = "TIDAK_DIBACA"  # header rows, rows above the header, rows without data: uncounted

    @property
    def label(self) -> str:
        return {
            "DIIMPOR": "Diimpor",
            "DIPERBARUI": "Diperbarui",
            "DILEWATI": "Dilewati",
            "DITOLAK": "Ditolak",
            "PERINGATAN": "Peringatan",
            "TIDAK_DIBACA": "Tidak dibaca",
        }[self.value]


@dataclass
class ReportLine:
    """One line of the import report: a row's outcome or a warning about it."""

    row: int  # row number as the spreadsheet shows it (1-based)
    status: RowStatus
    column: str  # header text of the column concerned ("" for the whole row)
    reason: str
    name: str = ""


@dataclass
class ImportReport:
    """What an import did (or, in a dry run, would do)."""

    file_name: str
    sheet_name: str
    dry_run: bool
    header_row: int  # 1-based
    headers: list[str] = field(default_factory=list)
    lines: list[ReportLine] = field(default_factory=list)
    rejected_rows: list[tuple[int, list[CellValue], str]] = field(default_factory=list)
    imported: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: int = 0
    warnings: int = 0

    @property
    def total_rows(self) -> int:
        return self.imported + self.updated + self.skipped + self.rejected

    def summary(self) -> str:
        """One Indonesian sentence with the counts."""
        prefix = "Uji coba (tidak disimpan): " if self.dry_run else ""
        return (
            f"{prefix}{self.imported} diimpor, {self.updated} diperbarui, "
            f"{self.skipped} dilewati, {self.rejected} ditolak, {self.warnings} peringatan "
            f"(dari {self.total_rows} baris)."
        )


@dataclass
class _Row:
    number: int
    values: list[CellValue]
    person: PersonData


@dataclass
class _Existing:
    by_id: dict[tuple[str, str], Attendee]
    by_code: dict[str, Attendee]
    by_name: dict[tuple[str, str], list[Attendee]]
    codes: set[str]
    # NIKs typed at other desks are here only as their hash under the event's key.
    by_nik_hash: dict[str, Attendee] = field(default_factory=dict)
    nik_key: bytes | None = None

    def with_identifier(self, kind: str, value: str) -> Attendee | None:
        found = self.by_id.get((kind, value))
        if found is None and kind == "nik" and self.nik_key is not None:
            found = self.by_nik_hash.get(nik_hash(self.nik_key, value))
        return found


def read_for_import(path: Path, sheet: str | None = None) -> SheetData:
    """Read the file (raises ``UserError`` for unreadable, encrypted or non-spreadsheet files)."""
    return read_spreadsheet(Path(path), sheet)


def mapping_for(event: Event, data: SheetData) -> ColumnMapping:
    """The automatic mapping for this sheet, using what was confirmed before for this event."""
    mapping = guess_mapping(data.rows, remembered_mapping(event.id))
    if mapping is None:
        raise UserError(
            "import.no_header_row",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Baris judul kolom tidak ditemukan. Pastikan ada kolom berjudul 'Nama' "
                "(misalnya Nama, NIP, Jabatan, Instansi) di 30 baris pertama.",
            ),
        )
    return mapping


def require_name_column(mapping: ColumnMapping) -> None:
    """``UserError`` unless some column is mapped to the attendee's name."""
    if "full_name" not in mapping.field_columns():
        raise UserError(
            "import.no_name_column",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Kolom Nama belum dipilih. Tentukan kolom yang berisi nama peserta.",
            ),
            field="full_name",
        )


def import_attendees(
    event: Event,
    path: Path,
    *,
    sheet: str | None = None,
    mapping: ColumnMapping | None = None,
    data: SheetData | None = None,
    dry_run: bool = False,
    operator: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import ``path`` into ``event`` and return the report.

    Nothing is written when ``dry_run`` is set, when the file cannot be read, or when
    anything fails midway (one transaction). Rejected rows do not stop the other rows.
    """
    path = Path(path)
    if data is None:
        data = read_for_import(path, sheet)
    if mapping is None:
        mapping = mapping_for(event, data)
    require_name_column(mapping)
    fields = {f: i for f, i in mapping.field_columns().items() if f != IGNORE}
    headers = [c.header for c in mapping.columns]
    report = ImportReport(
        file_name=path.name,
        sheet_name=data.sheet_name,
        dry_run=dry_run,
        header_row=mapping.header_row + 1,
        headers=headers,
    )
    _explain_header(data, mapping, report)
    unread: list[tuple[int, str]] = []
    rows = _parse_rows(data, mapping, fields, unread)
    for number, text in unread:
        report.lines.append(
            ReportLine(
                number,
                RowStatus.NOT_READ,
                "",
                f"Kolom yang diimpor kosong; isi lain baris ini tidak dibaca: {text}",
            )
        )
    if not rows:
        raise UserError(
            "import.no_data_rows",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Tidak ada baris data di bawah judul kolom; tidak ada yang diimpor.",
            ),
        )
    db = Event._meta.database
    with db.atomic() as transaction:
        existing = _load_existing(event)
        new, updates = _classify(event, rows, existing, fields, headers, report, progress)
        if dry_run:
            transaction.rollback()
        elif new or updates:  # an import that changes nothing leaves no trace (idempotent)
            stamp_and_log_many(Attendee, list[SyncedModel](new))
            for attendee in updates:
                attendee.save()
            log_action(
                "attendee.import",
                "event",
                event.id,
                operator,
                file=path.name,
                sheet=data.sheet_name,
                imported=report.imported,
                updated=report.updated,
                skipped=report.skipped,
                rejected=report.rejected,
            )
    if not dry_run:
        remember_mapping(event.id, mapping)
        invalidate_search(event.id)
    log.info("import %s into %s: %s", path.name, event.code, report.summary())
    return report


def _explain_header(data: SheetData, mapping: ColumnMapping, report: ImportReport) -> None:
    """Say which rows were read as the header and why, and which rows above it were not read.

    No row is dropped without a line in the report: title rows with a single cell are
    the only rows above the header that are passed over in silence. (The header row
    itself, with the headers recognised in it, is shown in the preview and the summary.)
    """
    first, last = mapping.first_header_row, mapping.header_row
    for index in range(first):
        filled = [v for v in data.rows[index] if v is not None and str(v).strip()]
        if len(filled) >= 2:
            report.lines.append(
                ReportLine(
                    index + 1,
                    RowStatus.NOT_READ,
                    "",
                    f"Di atas judul kolom (baris {first + 1}); tidak dibaca sebagai peserta.",
                )
            )
    if last > first:
        below = ", ".join(str(v) for v in data.rows[last] if v is not None and str(v).strip())
        report.lines.append(
            ReportLine(
                last + 1,
                RowStatus.NOT_READ,
                "",
                f"Dibaca sebagai judul kolom kedua ({below}) di bawah judul gabungan baris "
                f"{first + 1}.",
            )
        )


def _parse_rows(
    data: SheetData,
    mapping: ColumnMapping,
    fields: dict[str, int],
    unread: list[tuple[int, str]],
) -> list[_Row]:
    rows = []
    for index in range(mapping.header_row + 1, len(data.rows)):
        values = data.rows[index]
        picked = {f: values[i] if i < len(values) else None for f, i in fields.items()}
        if all(v is None or str(v).strip() == "" for v in picked.values()):
            # Empty rows and rows holding only a row number are not data; anything else
            # left out (a name typed into an ignored column, a note) is said in the report.
            left = [
                v
                for v in values
                if isinstance(v, str) and v.strip() and not v.strip().rstrip(".").isdigit()
            ]
            if left:
                unread.append((index + 1, ", ".join(str(v) for v in left)[:80]))
            continue
        rows.append(_Row(index + 1, values, validate_person(picked)))
    return rows


def _load_existing(event: Event) -> _Existing:
    by_id: dict[tuple[str, str], Attendee] = {}
    by_code: dict[str, Attendee] = {}
    by_name: dict[tuple[str, str], list[Attendee]] = {}
    by_nik_hash: dict[str, Attendee] = {}
    for attendee in Attendee.select().where(Attendee.event == event):
        if attendee.nik_hash:
            by_nik_hash[attendee.nik_hash] = attendee
        for kind in ("nip", "nik", "nrp"):
            value = getattr(attendee, kind)
            if value:
                by_id[(kind, value)] = attendee
        by_code[attendee.code] = attendee
        by_name.setdefault((attendee.sort_name, fold(attendee.institution)), []).append(attendee)
    codes: set[str] = {row[0] for row in rows_of(Attendee.select(Attendee.code))}
    return _Existing(by_id, by_code, by_name, codes, by_nik_hash, event_key(event.id))


def _column(field_name: str, fields: dict[str, int], headers: list[str]) -> str:
    index = fields.get(field_name)
    if index is None and field_name in ("nip", "nik", "nrp"):
        index = fields.get("identifier")
    if index is None:
        return FIELD_LABELS.get(field_name, field_name)
    return headers[index] or FIELD_LABELS.get(field_name, field_name)


def _who(attendee: Attendee) -> str:
    return f"{attendee.full_name} (kode {attendee.code})"


def _classify(
    event: Event,
    rows: list[_Row],
    existing: _Existing,
    fields: dict[str, int],
    headers: list[str],
    report: ImportReport,
    progress: Callable[[int, int], None] | None,
) -> tuple[list[Attendee], list[Attendee]]:
    new: list[Attendee] = []
    updates: list[Attendee] = []
    touched: set[str] = set()  # existing attendees already updated by an earlier row
    seen_ids: dict[tuple[str, str], _Row] = {}
    seen_names: dict[tuple[str, str], _Row] = {}

    def line(row: _Row, status: RowStatus, reason: str, field_name: str = "") -> None:
        column = _column(field_name, fields, headers) if field_name else ""
        report.lines.append(ReportLine(row.number, status, column, reason, row.person.full_name))

    def reject(row: _Row, reason: str, field_name: str = "") -> None:
        report.rejected += 1
        line(row, RowStatus.REJECTED, reason, field_name)
        report.rejected_rows.append((row.number, row.values, reason))

    for position, row in enumerate(rows):
        if progress is not None and position % 500 == 0:
            progress(position, len(rows))
        person = row.person
        errors = [p for p in person.problems if p.severity == ERROR]
        if errors:
            report.rejected += 1
            for problem in errors:
                line(row, RowStatus.REJECTED, problem.message, problem.field)
            report.rejected_rows.append(
                (row.number, row.values, " ".join(p.message for p in errors))
            )
            continue
        # Duplicates inside the file.
        keys = person.identity_keys()
        earlier = next((seen_ids[k] for k in keys if k in seen_ids), None)
        if earlier is not None:
            kind = next(k for k in keys if k in seen_ids)[0]
            if _same_person_data(earlier.person, person):
                report.skipped += 1
                line(row, RowStatus.SKIPPED, f"Duplikat persis baris {earlier.number}.")
            else:
                reject(
                    row,
                    f"{kind.upper()} sama dengan baris {earlier.number} "
                    f"({earlier.person.full_name}) tetapi datanya berbeda. Hapus salah satu "
                    "baris atau perbaiki nomornya.",
                    kind,
                )
            continue
        name_key = person.name_key()
        earlier_by_name = seen_names.get(name_key)
        if not keys and earlier_by_name is not None and not earlier_by_name.person.identity_keys():
            report.skipped += 1
            line(
                row,
                RowStatus.SKIPPED,
                f"Nama dan instansi sama dengan baris {earlier_by_name.number}; dianggap duplikat.",
            )
            continue
        # Match against the event.
        found = [existing.with_identifier(kind, value) for kind, value in keys]
        matches = {a.id: a for a in found if a is not None}
        if person.code and person.code in existing.by_code:
            coded = existing.by_code[person.code]
            matches.setdefault(coded.id, coded)
        if len(matches) > 1:
            names = " dan ".join(_who(a) for a in matches.values())
            reject(row, f"Nomor identitas di baris ini menunjuk ke dua peserta berbeda: {names}.")
            continue
        match = next(iter(matches.values()), None)
        name_matched = False
        if match is None and not keys:
            candidates = existing.by_name.get(name_key, [])
            if candidates:
                match, name_matched = candidates[0], True
        for k in keys:
            seen_ids[k] = row
        seen_names.setdefault(name_key, row)
        if match is not None:
            if match.id in touched:
                report.skipped += 1
                line(
                    row,
                    RowStatus.SKIPPED,
                    f"Peserta {_who(match)} sudah diperbarui oleh baris sebelumnya.",
                )
                continue
            changed = _apply_changes(match, person, fields)
            if name_matched and (match.nip or match.nik or match.nrp):
                report.warnings += 1
                line(
                    row,
                    RowStatus.WARNING,
                    "Baris tanpa NIP/NIK/NRP dicocokkan dengan "
                    f"{_who(match)} berdasarkan nama dan instansi; periksa apakah orang yang "
                    "sama.",
                )
            if changed:
                report.updated += 1
                touched.add(match.id)
                updates.append(match)
                line(row, RowStatus.UPDATED, "Diperbarui: " + ", ".join(changed) + ".")
            else:
                report.skipped += 1
                line(row, RowStatus.SKIPPED, "Sudah terdaftar, tidak ada perubahan.")
            _warn(row, report, line)
            continue
        # A new attendee; same name + institution as someone else is worth a look.
        similar = existing.by_name.get(name_key, [])
        if similar:
            report.warnings += 1
            line(
                row,
                RowStatus.WARNING,
                f"Nama dan instansi sama dengan peserta terdaftar "
                f"{_who(similar[0])} tetapi nomor identitasnya berbeda; periksa apakah orang "
                "yang sama.",
            )
        elif earlier_by_name is not None:
            report.warnings += 1
            line(
                row,
                RowStatus.WARNING,
                f"Nama dan instansi sama dengan baris "
                f"{earlier_by_name.number} tetapi nomor identitasnya berbeda.",
            )
        attendee = _new_attendee(event, person, existing.codes)
        new.append(attendee)
        report.imported += 1
        line(row, RowStatus.IMPORTED, "Peserta baru.")
        _warn(row, report, line)
    if progress is not None:
        progress(len(rows), len(rows))
    return new, updates


def _warn(row: _Row, report: ImportReport, line: Callable[..., None]) -> None:
    for problem in row.person.problems:
        if problem.severity == WARNING:
            report.warnings += 1
            line(row, RowStatus.WARNING, problem.message, problem.field)


def _same_person_data(a: PersonData, b: PersonData) -> bool:
    return all(getattr(a, f) == getattr(b, f) for f in UPDATABLE)


def _apply_changes(attendee: Attendee, person: PersonData, fields: dict[str, int]) -> list[str]:
    """Copy non-empty fields that differ onto ``attendee``; return the Indonesian field names."""
    changed = []
    for name in UPDATABLE:
        value = getattr(person, name)
        if not value:
            continue
        if getattr(attendee, name) != value:
            setattr(attendee, name, value)
            changed.append(FIELD_NAMES_ID[name])
    if (
        "full_name" in [n for n in UPDATABLE if getattr(person, n)]
        and attendee.sort_name != person.sort_name
    ):
        attendee.sort_name = person.sort_name
    if attendee.removed:
        attendee.removed = False
        changed.append("diaktifkan kembali")
    return changed


def _fresh_code() -> str:
    """Like ``events.random_code(8)`` with one system call instead of eight per code."""
    return "".join(CODE_ALPHABET[b & 31] for b in secrets.token_bytes(8))


def _new_attendee(event: Event, person: PersonData, codes: set[str]) -> Attendee:
    code = person.code if person.code and person.code not in codes else _fresh_code()
    while code in codes:
        code = _fresh_code()
    codes.add(code)
    return Attendee(
        event=event,
        code=code,
        **attendee_fields(person),
        role=person.role or Role.PESERTA.value,
        source=Source.INVITED.value,
        notes=person.notes,
    )
