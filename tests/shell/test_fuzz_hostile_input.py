"""Fuzzing the doors hostile input comes through (issue 12), with a bounded budget.

Each target is fed generated or mutated input and may only answer in its documented way:
a result, or a ``UserError`` (``HubError`` for the hub's parser) — never another exception,
a hang or a crash. Mutations start from real files (a workbook, a signed bundle) so the
fuzzer gets past the first checks. ``IKRAR_FUZZ_EXAMPLES`` raises the budget for a long run.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.hub.service import HubError, decode_json_body, parse_change
from desktop_app.services.common.errors import UserError
from desktop_app.services.registration.column_mapping import guess_mapping
from desktop_app.services.registration.sheet_data import SheetData
from desktop_app.services.registration.spreadsheet_limits import Budget, ReadLimits
from desktop_app.services.registration.spreadsheet_reader import read_spreadsheet
from desktop_app.services.registration.xlsx_scan import DamagedWorkbook, scan_xlsx
from desktop_app.sync.apply import MODELS_BY_TABLE, RowError, decode_row
from tests.hostile_files import plain_xlsx, signed_bundle

EXAMPLES = int(os.environ.get("IKRAR_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
SMALL = ReadLimits(max_rows=50, max_columns=20, max_cells=500, max_cell_chars=200)


def _mutate(data: bytes, edits: list[tuple[int, int]], cut: int | None) -> bytes:
    out = bytearray(data)
    for position, value in edits:
        out[position % len(out)] = value
    return bytes(out[:cut] if cut is not None else out)


mutations = st.tuples(
    st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 255)), max_size=12),
    st.one_of(st.none(), st.integers(0, 4000)),
)


@pytest.fixture(scope="module")
def workbook_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    # Stored, not deflated: byte flips then land in the XML the scanner parses.
    path = plain_xlsx(tmp_path_factory.mktemp("fuzz") / "ok.xlsx")
    out = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
    return out.getvalue()


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".txt", ".xlsx"]))
def test_csv_and_unknown_bytes(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        data = b"x" + data  # workbooks are fuzzed below (the worker costs a process)
    path.write_bytes(data)
    try:
        sheet = read_spreadsheet(path, limits=SMALL)
    except UserError:
        return
    assert len(sheet.rows) <= SMALL.max_rows


@FUZZ
@given(mutation=mutations)
def test_xlsx_scan_on_mutated_workbooks(
    tmp_path: Path, workbook_bytes: bytes, mutation: tuple[list[tuple[int, int]], int | None]
) -> None:
    path = tmp_path / "mutated.xlsx"
    path.write_bytes(_mutate(workbook_bytes, *mutation))
    with contextlib.suppress(DamagedWorkbook, UserError):
        scan_xlsx(path, Budget(SMALL))


@settings(max_examples=max(6, EXAMPLES // 10), deadline=None)
@given(mutation=mutations)
def test_workbook_reader_on_mutated_workbooks(
    tmp_path_factory: pytest.TempPathFactory,
    workbook_bytes: bytes,
    mutation: tuple[list[tuple[int, int]], int | None],
) -> None:
    # The whole path, native reader included (in its worker process).
    path = tmp_path_factory.mktemp("wb") / "mutated.xlsx"
    path.write_bytes(_mutate(workbook_bytes, *mutation))
    with contextlib.suppress(UserError):
        read_spreadsheet(path, limits=SMALL)


cells = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.sampled_from(["Nama", "NIP", "NIK", "Instansi", "Dinas Kesehatan", "Identitas", "No"]),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
)


@FUZZ
@given(rows=st.lists(st.lists(cells, max_size=8), max_size=25))
def test_import_mapper_and_dry_run_import(home: Path, tmp_path: Path, rows: list[list]) -> None:  # type: ignore[type-arg]
    from desktop_app.models import Attendee
    from desktop_app.services.registration.attendee_import import import_attendees
    from tests.factories import new_event

    mapping = guess_mapping(rows)
    if mapping is not None:
        assert 0 <= mapping.first_header_row <= mapping.header_row < len(rows)
    event = new_event()
    try:
        report = import_attendees(
            event, tmp_path / "fuzz.xlsx", data=SheetData(rows=rows), dry_run=True
        )
    except UserError:
        return
    assert report.dry_run and Attendee.select().count() == 0
    data_rows = sum(1 for line in report.lines if line.status.value != "TIDAK_DIBACA")
    assert data_rows >= report.total_rows - report.warnings  # every counted row has a line


@pytest.fixture(scope="module")
def bundle_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    rows = b'{"table":"event","payload":{"id":"e","hlc":"1"}}\n' * 20
    return signed_bundle(tmp_path_factory.mktemp("fb") / "b.ikrar", (rows, 1)).read_bytes()


@FUZZ
@given(mutation=mutations)
def test_bundle_reader_on_mutated_bundles(
    tmp_path: Path, bundle_bytes: bytes, mutation: tuple[list[tuple[int, int]], int | None]
) -> None:
    from desktop_app.sync.bundle import read_bundle

    path = tmp_path / "mutated.ikrar"
    path.write_bytes(_mutate(bundle_bytes, *mutation))
    with contextlib.suppress(UserError):
        read_bundle(path)


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20)),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=30,
)


@FUZZ
@given(
    body=st.one_of(
        st.binary(max_size=500),
        json_values.map(lambda v: json.dumps(v).encode()),
        st.integers(1, 3000).map(lambda n: b"[" * n + b"]" * n),
    ),
    gzipped=st.booleans(),
)
def test_hub_body_parser(body: bytes, gzipped: bool) -> None:
    try:
        decode_json_body(gzip.compress(body) if gzipped else body, "gzip" if gzipped else "")
    except HubError as exc:
        assert 400 <= exc.status < 500


@FUZZ
@given(
    change=st.one_of(
        json_values,
        st.fixed_dictionaries(
            {
                "seq": st.one_of(st.integers(), st.text(max_size=3)),
                "table": st.sampled_from([*MODELS_BY_TABLE, "nope"]),
                "payload": st.one_of(
                    st.text(max_size=30),
                    st.dictionaries(
                        st.sampled_from(["id", "hlc", "full_name", "event", "created_at", "x"]),
                        json_values,
                    ).map(json.dumps),
                ),
            }
        ),
    )
)
def test_hub_change_parser_and_row_decoder(change: object) -> None:
    try:
        parsed = parse_change(change)
    except HubError as exc:
        assert exc.status == 400
        return
    with contextlib.suppress(RowError):
        decode_row(MODELS_BY_TABLE[parsed["table"]], parsed["row"])
