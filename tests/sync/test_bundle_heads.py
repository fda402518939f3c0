"""A bundle carries its station's signed chain head; the importing folder keeps it as a
witness, so ``verify-log`` there catches a later truncation of that station's chain
(issue 11: "signed chain heads travel with every sync and bundle")."""

from __future__ import annotations

import base64
import io
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.factories import attend, plain_event
from tests.sync.harness import Station


@pytest.fixture
def source(tmp_path: Path) -> tuple[Station, str, str]:
    from desktop_app.models import local_station

    station = Station(tmp_path / "a", "Meja A")
    with station.active():
        event = plain_event(attendees=8)
        attend(event, 3)
        return station, event.code, local_station().id


def a_links(home: Path, station_id: str) -> int:
    con = sqlite3.connect(home / "ikrar.sqlite3")
    (count,) = con.execute(
        "SELECT COUNT(*) FROM evidence_link WHERE station_id = ?", (station_id,)
    ).fetchone()
    con.close()
    return int(count)


def kept_head(home: Path, station_id: str) -> int | None:
    con = sqlite3.connect(home / "ikrar.sqlite3")
    row = con.execute(
        "SELECT count FROM witnessed_head WHERE station_id = ?", (station_id,)
    ).fetchone()
    con.close()
    return None if row is None else int(row[0])


def test_truncation_below_an_imported_bundle_head_is_caught(
    tmp_path: Path, source: tuple[Station, str, str]
) -> None:
    a, code, a_id = source
    bundle = tmp_path / "a.ikrar"
    made = run_cli("bundle", "export", code, "--out", str(bundle), "--plain", home=a.root)
    assert made.returncode == 0, made.stderr
    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    count = a_links(a.root, a_id)
    assert manifest["chain_head"]["station"] == a_id and manifest["chain_head"]["count"] == count
    b = tmp_path / "b"
    imported = run_cli("bundle", "import", str(bundle), "--trust", home=b)
    assert imported.returncode == 0, imported.stderr
    assert kept_head(b, a_id) == count
    intact = run_cli("verify-log", code, "--offline", home=b)
    assert intact.returncode == 0 and "utuh" in intact.stdout, intact.stderr
    # Whoever holds B's folder removes A's newest evidence (links and records) from B's copy.
    con = sqlite3.connect(b / "ikrar.sqlite3")
    newest = con.execute(
        "SELECT id, record_id FROM evidence_link WHERE station_id = ? "
        "ORDER BY chain_seq DESC LIMIT 2",
        (a_id,),
    ).fetchall()
    for link_id, record_id in newest:
        con.execute("DELETE FROM evidence_link WHERE id = ?", (link_id,))
        for table in ("signature", "checkin_void", "checkin"):
            con.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))
    con.commit()
    con.close()
    caught = run_cli("verify-log", code, "--offline", home=b)
    assert caught.returncode == 1, caught.stdout
    assert (
        f"bundel yang diimpor dari stasiun ini mencatat {count} catatan, di sini hanya "
        f"{count - 2}" in caught.stderr
    )
    assert "Traceback" not in caught.stderr


def test_kept_head_only_rises(tmp_path: Path, source: tuple[Station, str, str]) -> None:
    from desktop_app.models import Event
    from desktop_app.sync.bundle import export_bundle, import_bundle

    a, code, a_id = source
    with a.active() as home:
        export_bundle(home, code, tmp_path / "early.ikrar", plain=True)
        attend(Event.get(Event.code == code), 5)
        export_bundle(home, code, tmp_path / "later.ikrar", plain=True)
    later = a_links(a.root, a_id)
    b = Station(tmp_path / "b", "Meja B")
    with b.active() as home:
        import_bundle(home, tmp_path / "later.ikrar", trust=True)
        import_bundle(home, tmp_path / "early.ikrar")
    assert kept_head(b.root, a_id) == later


def _resigned(bundle: Path, station: Station, change: dict[str, object]) -> bytes:
    """The bundle with its manifest's chain head changed and re-signed with the station's
    own key: a rogue station, not an outsider (whose edit the signature already catches)."""
    from desktop_app.sync.identity import load_or_create_key

    with zipfile.ZipFile(bundle) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members["manifest.json"])
    manifest["chain_head"].update(change)
    members["manifest.json"] = json.dumps(manifest, indent=1).encode()
    with station.active() as home:
        key = load_or_create_key(home.keys)
    members["manifest.sig"] = base64.b64encode(key.sign(members["manifest.json"]))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    "change", [{"count": 9999}, {"head": "0" * 64}, {"sig": "AAAA"}, {"count": "5"}]
)
def test_a_head_its_station_did_not_sign_is_refused(
    tmp_path: Path, source: tuple[Station, str, str], change: dict[str, object]
) -> None:
    from desktop_app.sync.bundle import BundleError, export_bundle, import_bundle

    a, code, _ = source
    with a.active() as home:
        export_bundle(home, code, tmp_path / "a.ikrar", plain=True)
    forged = tmp_path / "forged.ikrar"
    forged.write_bytes(_resigned(tmp_path / "a.ikrar", a, change))
    c = Station(tmp_path / "c", "Meja C")
    before = c.snapshot()
    with c.active() as home, pytest.raises(BundleError, match="Kepala rantai"):
        import_bundle(home, forged, trust=True)
    assert c.snapshot() == before
