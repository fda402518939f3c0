"""``ikrar root`` for events without a hub: the organizer's laptop certifies desks offline.

Every step is the real CLI on its own data folder (organizer laptop O, desks S1 and S2, a
foreign laptop X, a verifying laptop V); files travel between them as on a USB stick.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

from tests.conftest import run_cli
from tests.factories import attend, certify, plain_event
from tests.sync.harness import Station


def _desk_with_certificate(root: Path, name: str) -> tuple[Station, str, str]:
    from desktop_app.models import Certificate

    desk = Station(root, name)
    with desk.active():
        event = plain_event(attendees=3)
        attend(event, 1)
        certify(event)
        return desk, event.code, str(Certificate.get().token)


def _ok(*args: str, home: Path) -> str:
    result = run_cli(*args, home=home)
    assert result.returncode == 0, (args, result.stderr)
    return result.stdout


def _certified(desk: Station, organizer: Path, tmp_path: Path) -> Path:
    request, certificate = tmp_path / f"{desk.name}.req", tmp_path / f"{desk.name}.cert"
    asked = _ok("root", "request", str(request), home=desk.root)
    station_fp = asked.rsplit(":", 1)[1].strip()
    done = _ok("root", "certify", str(request), "--out", str(certificate), home=organizer)
    assert station_fp in done  # the organizer sees the fingerprint the desk shows
    _ok("root", "accept", str(certificate), home=desk.root)
    return certificate


def test_hubless_event_certifies_desks_offline_and_verify_accepts_them(tmp_path: Path) -> None:
    organizer = tmp_path / "penyelenggara"
    made = _ok("root", "init", home=organizer)
    assert "dibuat" in made
    fingerprint = made.rsplit(":", 1)[1].strip()
    again = _ok("root", "init", home=organizer)
    assert "sudah ada" in again and fingerprint in again  # never replaced
    assert (organizer / "keys" / "organizer_root.pem").exists()

    s1, code1, token1 = _desk_with_certificate(tmp_path / "s1", "Meja 1")
    s2, _, _ = _desk_with_certificate(tmp_path / "s2", "Meja 2")
    # Not certified yet: S1's certificate keys chain to no root.
    cert1 = _certified(s1, organizer, tmp_path)
    _certified(s2, organizer, tmp_path)
    assert not (s1.root / "keys" / "organizer_root.pem").exists()  # the root stays home

    # S1's bundle is now sealed to the organizer; the organizer opens it with no --trust
    # (the root certified S1) and verifies S1's certificate.
    sealed = tmp_path / "s1.ikrar"
    out = _ok("bundle", "export", code1, "--out", str(sealed), home=s1.root)
    assert f"terenkripsi untuk penyelenggara (kunci induk {fingerprint})" in out
    _ok("bundle", "import", str(sealed), home=organizer)
    assert "SAH" in _ok("verify", token1, home=organizer)

    # Desk S2 cannot open the sealed bundle, but accepts S1's plain one without --trust and
    # verifies S1's certificate through the same root.
    refused = run_cli("bundle", "import", str(sealed), home=s2.root)
    assert refused.returncode == 1 and "terenkripsi untuk penyelenggara" in refused.stderr
    plain = tmp_path / "s1-plain.ikrar"
    _ok("bundle", "export", code1, "--out", str(plain), "--plain", home=s1.root)
    _ok("bundle", "import", str(plain), home=s2.root)
    assert "SAH" in _ok("verify", token1, home=s2.root)

    # A laptop the organizer never certified: its certificate is refused with the reason.
    x, code_x, token_x = _desk_with_certificate(tmp_path / "x", "Laptop X")
    foreign = tmp_path / "x.ikrar"
    _ok("bundle", "export", code_x, "--out", str(foreign), home=x.root)
    _ok("bundle", "import", str(foreign), "--trust", home=organizer)
    rejected = run_cli("verify", token_x, home=organizer)
    assert rejected.returncode == 1
    assert "tidak disertifikasi oleh kunci induk penyelenggara" in rejected.stderr

    # A laptop that only verifies trusts the exported public root.
    public = tmp_path / "induk.json"
    assert fingerprint in _ok("root", "export-public", str(public), home=organizer)
    assert "PRIVATE" not in public.read_text(encoding="utf-8")
    verifier = tmp_path / "v"
    assert fingerprint in _ok("root", "trust", str(public), home=verifier)
    _ok("bundle", "import", str(plain), home=verifier)
    assert "SAH" in _ok("verify", token1, home=verifier)
    _ok("bundle", "import", str(foreign), "--trust", home=verifier)
    assert run_cli("verify", token_x, home=verifier).returncode == 1

    # S2 cannot take S1's certificate as its own.
    stolen = run_cli("root", "accept", str(cert1), home=s2.root)
    assert stolen.returncode == 1 and "untuk stasiun lain" in stolen.stderr


def test_bad_requests_and_certificates_change_nothing(tmp_path: Path) -> None:
    organizer, desk = tmp_path / "o", Station(tmp_path / "s", "Meja 1")
    _ok("root", "init", home=organizer)
    request = tmp_path / "meja.req"
    _ok("root", "request", str(request), home=desk.root)

    # Only a laptop holding the root certifies; it is never made on the fly.
    no_root = run_cli("root", "certify", str(request), "--out", str(tmp_path / "c"), home=desk.root)
    assert no_root.returncode == 1 and "ikrar root init" in no_root.stderr
    assert not (desk.root / "keys" / "organizer_root.pem").exists()

    # A request whose name was changed after the desk signed it is refused.
    data = json.loads(request.read_text(encoding="utf-8"))
    data["station_name"] = "Meja Palsu"
    forged = tmp_path / "palsu.req"
    forged.write_text(json.dumps(data), encoding="utf-8")
    refused = run_cli("root", "certify", str(forged), "--out", str(tmp_path / "c"), home=organizer)
    assert refused.returncode == 1 and "bukan berkas kunci induk" in refused.stderr
    assert not (tmp_path / "c").exists()

    # Garbage, a wrong format and an oversized file: one line, exit 1, no traceback.
    garbage = tmp_path / "sampah.cert"
    for content in (b"\x00\xff not json", b'{"format": "lain"}', b" " * (70 * 1024)):
        garbage.write_bytes(content)
        result = run_cli("root", "accept", str(garbage), home=desk.root)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1

    # A certificate whose signature was altered is refused and nothing is stored.
    certificate = tmp_path / "meja.cert"
    _ok("root", "certify", str(request), "--out", str(certificate), home=organizer)
    data = json.loads(certificate.read_text(encoding="utf-8"))
    signature = bytearray(base64.b64decode(data["certificate"]))
    signature[0] ^= 0x01
    data["certificate"] = base64.b64encode(bytes(signature)).decode("ascii")
    certificate.write_text(json.dumps(data), encoding="utf-8")
    bad = run_cli("root", "accept", str(certificate), home=desk.root)
    assert bad.returncode == 1
    with desk.active():
        from desktop_app.services.common.settings import ORGANIZER_ROOTS, STATION_CERTIFICATE

        assert ORGANIZER_ROOTS.get() == "" and STATION_CERTIFICATE.get() == ""
