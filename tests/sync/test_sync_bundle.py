"""Offline bundles: signed, optionally encrypted, idempotent, tamper-evident."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.factories import attend
from tests.sync.harness import Station


@pytest.fixture
def source(tmp_path: Path) -> tuple[Station, str]:
    from desktop_app.services.demo.demo_event import create_demo_event

    station = Station(tmp_path / "a", "Meja A")
    with station.active():
        # Without the demo's activity: its "Meja 2" check-ins pretend to come from a station
        # that has no key, and authorship rules refuse rows nobody can prove (test_trust).
        event = create_demo_event(attendees=15, seed=8, activity=False)
        attend(event, 6)
        code = event.code
    return station, code


def export(station: Station, code: str, out: Path, password: str = "") -> None:
    from desktop_app.sync.bundle import export_bundle

    with station.active() as home:
        export_bundle(home, code, out, password=password)


def outbox_size(station: Station) -> int:
    from desktop_app.models import Change

    with station.active():
        return int(Change.select().count())


def test_import_needs_trust_then_is_idempotent(tmp_path: Path, source: tuple[Station, str]) -> None:
    from desktop_app.sync.bundle import BundleError, import_bundle

    a, code = source
    bundle = tmp_path / "acara.ikrar"
    export(a, code, bundle)
    c = Station(tmp_path / "c", "Meja C")
    empty = c.snapshot()
    with c.active() as home, pytest.raises(BundleError, match="belum dikenal"):
        import_bundle(home, bundle)
    assert c.snapshot() == empty
    with c.active() as home:
        first = import_bundle(home, bundle, trust=True)
    assert first.applied == first.rows > 15 and first.newly_trusted
    assert c.snapshot() == a.snapshot()
    relayed = outbox_size(c)
    assert relayed == first.applied  # C can carry A's work to the hub later
    with c.active() as home:
        second = import_bundle(home, bundle)  # A is trusted now; nothing changes
    assert second.applied == 0 and "Tidak ada yang berubah" in second.summary()
    assert outbox_size(c) == relayed and c.snapshot() == a.snapshot()


def test_tampered_bundle_is_refused_and_nothing_stored(
    tmp_path: Path, source: tuple[Station, str]
) -> None:
    from desktop_app.sync.bundle import BundleError, import_bundle

    a, code = source
    bundle = tmp_path / "acara.ikrar"
    export(a, code, bundle)
    with zipfile.ZipFile(bundle) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["rows.jsonl"] = parts["rows.jsonl"].replace(b'"consent":true', b'"consent":false', 1)
    forged = tmp_path / "forged.ikrar"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    forged.write_bytes(buffer.getvalue())
    c = Station(tmp_path / "c", "Meja C")
    before = c.snapshot()
    with c.active() as home, pytest.raises(BundleError, match="diubah"):
        import_bundle(home, forged, trust=True)
    truncated = tmp_path / "cut.ikrar"
    truncated.write_bytes(bundle.read_bytes()[:2000])
    with c.active() as home, pytest.raises(BundleError, match="bukan bundel"):
        import_bundle(home, truncated, trust=True)
    assert c.snapshot() == before
    assert outbox_size(c) == 0


def test_foreign_key_for_known_station_is_refused(
    tmp_path: Path, source: tuple[Station, str]
) -> None:
    from desktop_app.sync.bundle import BundleError, import_bundle

    a, code = source
    bundle = tmp_path / "acara.ikrar"
    export(a, code, bundle)
    c = Station(tmp_path / "c", "Meja C")
    with c.active() as home:
        import_bundle(home, bundle, trust=True)
    # Someone who copied A's database but not its key signs a bundle in A's name.
    (a.root / "keys" / "station_ed25519.pem").unlink()
    impostor = tmp_path / "impostor.ikrar"
    export(a, code, impostor)
    before = c.snapshot()
    with c.active() as home, pytest.raises(BundleError, match="kunci lain"):
        import_bundle(home, impostor)
    assert c.snapshot() == before


@pytest.mark.slow
def test_encrypted_bundle_via_cli(tmp_path: Path, source: tuple[Station, str]) -> None:
    a, code = source
    bundle = tmp_path / "rahasia.ikrar"
    # The password comes from a file or a prompt, so it never sits in argv (``ps``).
    secret = tmp_path / "sandi.txt"
    secret.write_text("sandi-kuat\n", encoding="utf-8")
    wrong_secret = tmp_path / "salah.txt"
    wrong_secret.write_text("salah\n", encoding="utf-8")
    made = run_cli(
        "bundle", "export", code, "--out", str(bundle), "--password-file", str(secret), home=a.root
    )
    assert made.returncode == 0 and "terenkripsi" in made.stdout, made.stderr
    assert b"rows.jsonl" not in bundle.read_bytes()
    c = tmp_path / "c"
    no_pw = run_cli("bundle", "import", str(bundle), "--trust", home=c)
    assert no_pw.returncode == 1 and "terenkripsi" in no_pw.stderr
    assert "--password-file" in no_pw.stderr
    wrong = run_cli(
        "bundle", "import", str(bundle), "--trust", "--password-file", str(wrong_secret), home=c
    )
    assert wrong.returncode == 1 and "salah" in wrong.stderr
    ok = run_cli("bundle", "import", str(bundle), "--trust", "--password-file", str(secret), home=c)
    assert ok.returncode == 0 and "diimpor" in ok.stdout, ok.stderr
    again = run_cli("bundle", "import", str(bundle), "--password-file", str(secret), home=c)
    assert again.returncode == 0 and "Tidak ada yang berubah" in again.stdout
    from_file = run_cli(
        "bundle", "import", str(bundle), "--password-file", str(secret), home=tmp_path / "d"
    )
    assert from_file.returncode == 1 and "belum dikenal" in from_file.stderr  # decrypted
    missing = run_cli("bundle", "import", str(bundle), "--password-file", "/tidak/ada", home=c)
    assert missing.returncode == 1 and "tidak dapat dibaca" in missing.stderr
    events_a = run_cli("events", "--json", home=a.root, check=True).stdout
    events_c = run_cli("events", "--json", home=c, check=True).stdout
    assert events_a == events_c


def test_password_in_argv_is_refused_and_not_used(
    tmp_path: Path, source: tuple[Station, str]
) -> None:
    a, code = source
    bundle = tmp_path / "argv.ikrar"
    for spelling in (["--password", "sandi-kuat"], ["--password=sandi-kuat"]):
        refused = run_cli("bundle", "export", code, "--out", str(bundle), *spelling, home=a.root)
        assert refused.returncode == 2, refused.stderr
        last = refused.stderr.strip().splitlines()[-1]
        assert "--password-file" in last and "--ask-password" in last
        assert "sandi-kuat" not in refused.stderr  # never echoed, never used
        assert not bundle.exists()
    # Not taken as an abbreviation of --password-file either (no file named like it is read).
    (tmp_path / "sandi-kuat").write_text("sandi-kuat\n", encoding="utf-8")
    imp = run_cli("bundle", "import", str(bundle), "--password", "sandi-kuat", home=tmp_path / "c")
    assert imp.returncode == 2 and "--password-file" in imp.stderr
    english = run_cli(
        "--lang", "en", "bundle", "import", "x.ikrar", "--password", "p", home=tmp_path / "c"
    )
    assert english.returncode == 2 and "no longer accepted" in english.stderr
    assert "tidak lagi diterima" not in english.stderr
