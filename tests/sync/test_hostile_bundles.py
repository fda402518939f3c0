"""Crafted bundles are refused before they inflate, and damage is "bundel rusak" (issue 12)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop_app.services.common.errors import UserError
from desktop_app.sync.bundle import read_bundle
from desktop_app.sync.bundle_limits import MAX_ROWS_BYTES
from tests.conftest import run_cli
from tests.hostile_files import corrupt_deflate, signed_bundle

MIB = 1024 * 1024


def refusal(path: Path) -> UserError:
    with pytest.raises(UserError) as info:
        read_bundle(path)
    return info.value


def test_rows_over_the_cap_are_refused_by_their_declared_size(tmp_path: Path) -> None:
    # Before: a 3 MB bundle inflated to 3 GiB (6.3 GB RSS) before anything was checked.
    bomb = signed_bundle(tmp_path / "bomb.ikrar", (b" " * MIB, MAX_ROWS_BYTES // MIB + 8))
    assert bomb.stat().st_size < 2 * MIB
    error = refusal(bomb)
    assert error.code == "bundle.rows_too_large"
    assert "256 MB" in str(error)


def test_forged_manifest_is_refused_before_rows_inflate(tmp_path: Path) -> None:
    bundle = signed_bundle(tmp_path / "ok.ikrar", (b'{"table":"event","payload":{}}\n', 1))
    with zipfile.ZipFile(bundle) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["manifest.json"] = parts["manifest.json"].replace(b"BOMB", b"BOOM")
    parts["rows.jsonl"] = b"x" * (300 * MIB)  # would inflate: never touched
    forged = tmp_path / "forged.ikrar"
    with zipfile.ZipFile(forged, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        for name, data in parts.items():
            out.writestr(name, data)
    # rows.jsonl is over the cap by its declared size: refused before the signature.
    assert refusal(forged).code in {"bundle.rows_too_large", "bundle.bad_signature"}


def test_absurd_row_count_and_unknown_members_are_damage(tmp_path: Path) -> None:
    bundle = signed_bundle(tmp_path / "count.ikrar", (b"\n", 1), declared_rows=10**12)
    assert refusal(bundle).code == "bundle.damaged"
    extra = tmp_path / "extra.ikrar"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(extra, "w") as out:
        for name in src.namelist():
            out.writestr(name, src.read(name))
        out.writestr("../../evil.txt", b"x")
    assert refusal(extra).code == "bundle.damaged"


def test_corrupted_deflate_is_bundel_rusak_with_exit_1(tmp_path: Path) -> None:
    # Before: "kesalahan tak terduga" (zlib.error reached the generic handler).
    good = signed_bundle(tmp_path / "good.ikrar", (b'{"table":"event","payload":{}}\n' * 5000, 4))
    broken = tmp_path / "broken.ikrar"
    broken.write_bytes(corrupt_deflate(good.read_bytes(), "rows.jsonl"))
    error = refusal(broken)
    assert error.code == "bundle.damaged"
    assert str(error).startswith("Bundel rusak")
    result = run_cli("bundle", "import", str(broken), "--trust", home=tmp_path / "home")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ikrar: Bundel rusak"), result.stderr
    assert "Traceback" not in result.stderr
