"""``ikrar root revoke``: revoking a desk certified offline, with a root-signed list.

Real CLI processes on their own data folders (organizer laptop O, desks S1 and S2, a
foreign laptop X); the list travels as a USB file and inside bundles. S1's certificate
stops verifying on S2 with the reason once the list reached S2; a list signed by another
root, an altered list and an older list are refused and change nothing.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.certificates.test_cli_organizer_root import _certified, _desk_with_certificate, _ok
from tests.conftest import run_cli

REASON = "laptop meja 1 hilang"


def _station_id(home: Path) -> str:
    from desktop_app.models import local_station
    from tests.sync.harness import Station

    with Station(home, "").active():
        return local_station().id


def _stored_serials(home: Path) -> list[int]:
    with sqlite3.connect(home / "ikrar.sqlite3") as db:
        row = db.execute(
            "SELECT value FROM setting WHERE key = 'trust.station_revocations'"
        ).fetchone()
    return sorted(d["serial"] for d in json.loads(row[0]).values()) if row else []


def test_a_desk_revoked_offline_stops_verifying_after_the_list_travels(tmp_path: Path) -> None:
    organizer = tmp_path / "o"
    _ok("root", "init", home=organizer)
    s1, code1, token1 = _desk_with_certificate(tmp_path / "s1", "Meja 1")
    s2, _, _ = _desk_with_certificate(tmp_path / "s2", "Meja 2")
    s3, _, _ = _desk_with_certificate(tmp_path / "s3", "Meja 3")
    for desk in (s1, s2, s3):
        _certified(desk, organizer, tmp_path)
    plain = tmp_path / "s1-plain.ikrar"
    _ok("bundle", "export", code1, "--out", str(plain), "--plain", home=s1.root)
    for home in (s2.root, s3.root, organizer):
        _ok("bundle", "import", str(plain), home=home)
        assert "SAH" in _ok("verify", token1, home=home)

    s1_id = _station_id(s1.root)
    # Only the folder holding the root revokes.
    no_root = run_cli("root", "revoke", s1_id, home=s2.root)
    assert no_root.returncode == 1 and "ikrar root init" in no_root.stderr
    done = _ok("root", "revoke", s1_id, "--reason", REASON, home=organizer)
    assert "nomor 1" in done
    again = run_cli("root", "revoke", s1_id, home=organizer)
    assert again.returncode == 1 and "sudah ada dalam daftar pencabutan" in again.stderr
    refused_here = run_cli("verify", token1, home=organizer)
    assert refused_here.returncode == 1 and "stasiun sudah dicabut" in refused_here.stderr

    # By USB file: S2 keeps the list and refuses S1's certificate with the reason.
    usb = tmp_path / "pencabutan.json"
    _ok("root", "export-revocations", str(usb), home=organizer)
    assert "1 baru" in _ok("root", "trust-revocations", str(usb), home=s2.root)
    assert "0 baru, 1 sudah ada" in _ok("root", "trust-revocations", str(usb), home=s2.root)
    rejected = run_cli("verify", token1, home=s2.root)
    assert rejected.returncode == 1
    assert "stasiun sudah dicabut" in rejected.stderr and REASON in rejected.stderr
    assert len(rejected.stderr.strip().splitlines()) == 1

    # Inside a bundle, desk to desk: S2's bundle carries the list to S3.
    with_list = tmp_path / "s2-plain.ikrar"
    s2_code = json.loads(_ok("events", "--json", home=s2.root))[0]["code"]
    _ok("bundle", "export", s2_code, "--out", str(with_list), "--plain", home=s2.root)
    assert "SAH" in _ok("verify", token1, home=s3.root)
    _ok("bundle", "import", str(with_list), home=s3.root)
    from_bundle = run_cli("verify", token1, home=s3.root)
    assert from_bundle.returncode == 1 and REASON in from_bundle.stderr


def test_foreign_tampered_and_older_lists_are_refused(tmp_path: Path) -> None:
    organizer, foreign = tmp_path / "o", tmp_path / "x"
    _ok("root", "init", home=organizer)
    _ok("root", "init", home=foreign)
    s1, _, token1 = _desk_with_certificate(tmp_path / "s1", "Meja 1")
    s2, _, _ = _desk_with_certificate(tmp_path / "s2", "Meja 2")
    for desk in (s1, s2):
        _certified(desk, organizer, tmp_path)
    s1_id, s2_id = _station_id(s1.root), _station_id(s2.root)

    # A list signed by a root S2 does not trust: refused, nothing kept.
    _ok("root", "revoke", s1_id, "--reason", "palsu", home=foreign)
    foreign_file = tmp_path / "asing.json"
    _ok("root", "export-revocations", str(foreign_file), home=foreign)
    refused = run_cli("root", "trust-revocations", str(foreign_file), home=s2.root)
    assert refused.returncode == 1 and "tidak dipercaya di sini" in refused.stderr
    assert _stored_serials(s2.root) == []

    # The organizer revokes S1 (serial 1) and later a third desk (serial 2).
    _ok("root", "revoke", s1_id, "--reason", REASON, home=organizer)
    first = tmp_path / "daftar-1.json"
    _ok("root", "export-revocations", str(first), home=organizer)
    _ok("root", "revoke", "0f0f0f0f-meja-lain", home=organizer)
    second = tmp_path / "daftar-2.json"
    _ok("root", "export-revocations", str(second), home=organizer)

    # An altered list (S2 taken off it, or another reason) is refused.
    data = json.loads(second.read_text(encoding="utf-8"))
    data["lists"][0]["entries"] = [e for e in data["lists"][0]["entries"] if e["station"] != s1_id]
    tampered = tmp_path / "diubah.json"
    tampered.write_text(json.dumps(data), encoding="utf-8")
    bad = run_cli("root", "trust-revocations", str(tampered), home=s2.root)
    assert bad.returncode == 1 and "tidak sah" in bad.stderr
    data = json.loads(second.read_text(encoding="utf-8"))
    data["lists"][0]["entries"][0]["station"] = s2_id
    tampered.write_text(json.dumps(data), encoding="utf-8")
    assert run_cli("root", "trust-revocations", str(tampered), home=s2.root).returncode == 1
    assert _stored_serials(s2.root) == []

    # The newer list is kept; the older one then does not replace it.
    _ok("root", "trust-revocations", str(second), home=s2.root)
    older = run_cli("root", "trust-revocations", str(first), home=s2.root)
    assert older.returncode == 1 and "lebih lama" in older.stderr
    assert _stored_serials(s2.root) == [2]
    assert run_cli("verify", token1, home=s2.root).returncode == 1

    # Garbage: one line, exit 1, nothing kept.
    garbage = tmp_path / "sampah.json"
    for content in (b"\x00 not json", b'{"format": "ikrar-station-revocation-lists/1"}'):
        garbage.write_bytes(content)
        result = run_cli("root", "trust-revocations", str(garbage), home=s2.root)
        assert result.returncode == 1 and "Traceback" not in result.stderr
    assert _stored_serials(s2.root) == [2]


def test_verify_log_reports_evidence_made_after_the_revocation(tmp_path: Path) -> None:
    from desktop_app.services.events.event_store import get_event
    from tests.factories import attend
    from tests.sync.harness import Station

    organizer = tmp_path / "o"
    _ok("root", "init", home=organizer)
    s1, code1, _ = _desk_with_certificate(tmp_path / "s1", "Meja 1")
    s2 = Station(tmp_path / "s2", "Meja 2")
    for desk in (s1, s2):
        _certified(desk, organizer, tmp_path)
    before = tmp_path / "sebelum.ikrar"
    _ok("bundle", "export", code1, "--out", str(before), "--plain", home=s1.root)
    _ok("bundle", "import", str(before), home=s2.root)

    _ok("root", "revoke", _station_id(s1.root), "--reason", REASON, home=organizer)
    usb = tmp_path / "pencabutan.json"
    _ok("root", "export-revocations", str(usb), home=organizer)
    _ok("root", "trust-revocations", str(usb), home=s2.root)
    intact = _ok("verify-log", code1, "--offline", home=s2.root)
    assert "setelah stasiun dicabut" not in intact

    # S1 does not know it was revoked and records two more people (check-in and signature).
    with s1.active():
        attend(get_event(code1), 2)
    after = tmp_path / "sesudah.ikrar"
    _ok("bundle", "export", code1, "--out", str(after), "--plain", home=s1.root)
    _ok("bundle", "import", str(after), home=s2.root)
    report = run_cli("verify-log", code1, "--offline", home=s2.root)
    assert report.returncode == 0, report.stderr  # intact: nothing was altered
    assert "2 catatan bukti stasiun" in report.stdout
    assert "setelah stasiun dicabut" in report.stdout and REASON in report.stdout
