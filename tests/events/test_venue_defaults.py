"""Verification address, time zone from the place, organizer code from the name."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from desktop_app.services.common.errors import UserError
from desktop_app.services.events.venue_defaults import suggest_org_code, zone_for_place
from desktop_app.services.events.verify_address import (
    clean_verify_address,
    preview_url,
    verify_address_warnings,
)
from tests.conftest import run_cli


@pytest.mark.parametrize(
    ("texts", "zone"),
    [
        (("Kupang",), "Asia/Makassar"),
        (("Kabupaten Kupang",), "Asia/Makassar"),
        (("", "Bawaslu Provinsi Nusa Tenggara Timur"), "Asia/Makassar"),
        (("Kota Denpasar",), "Asia/Makassar"),
        (("Makassar",), "Asia/Makassar"),
        (("Jayapura",), "Asia/Jayapura"),
        (("", "Bawaslu Provinsi Papua Barat Daya"), "Asia/Jayapura"),
        (("Ternate",), "Asia/Jayapura"),
        (("Kota Bandung", "Bawaslu Provinsi Jawa Barat"), "Asia/Jakarta"),
        (("Pontianak", "Bawaslu Provinsi Kalimantan Barat"), "Asia/Jakarta"),
    ],
)
def test_zone_follows_the_place(texts: tuple[str, ...], zone: str) -> None:
    assert zone_for_place(*texts) == zone


def test_unknown_place_suggests_nothing() -> None:
    assert zone_for_place("", "Panitia") is None
    assert zone_for_place("Kupangan") is None  # whole words only


@pytest.mark.parametrize(
    ("organizer", "code"),
    [
        ("Bawaslu Kabupaten Kupang", "BAWASLU-KAB-KUPANG"),
        ("Bawaslu Kota Kupang", "BAWASLU-KOTA-KUPANG"),
        ("Bawaslu Provinsi Nusa Tenggara Timur", "BAWASLU-PROV-NTT"),
        ("Bawaslu Kabupaten Timor Tengah Selatan", "BAWASLU-KAB-TTS"),
        ("Panwaslu Kecamatan Lembor", "PANWASLU-KEC-LEMBOR"),
        ("Bawaslu RI", "BAWASLU-RI"),
        ("", "ORG"),
    ],
)
def test_organizer_code_suggestion(organizer: str, code: str) -> None:
    assert suggest_org_code(organizer) == code


def test_verification_address_rules() -> None:
    assert clean_verify_address("cek.example.id/") == "https://cek.example.id"
    assert (
        clean_verify_address("HTTPS://Cek.Example.id:8443/sub") == "https://Cek.Example.id:8443/sub"
    )
    for bad in (
        "",
        "ftp://x.id",
        "https://",
        "https://a b.id",
        "https://x.id/?q=1",
        "https://x_y.id",
    ):
        with pytest.raises(UserError) as caught:
            clean_verify_address(bad)
        assert caught.value.field == "verify_base_url"
    assert preview_url("https://cek.example.id") == "HTTPS://CEK.EXAMPLE.ID/V/ABCD1234…"
    assert [w.code for w in verify_address_warnings("https://verifikasi.ikrar.id")] == [
        "event.verify_address_unset"
    ]
    assert [w.code for w in verify_address_warnings("http://10.0.0.2:8765")] == [
        "event.verify_address_not_https"
    ]
    assert verify_address_warnings("https://cek.example.id") == []


def test_cli_sets_the_address_and_certificates_point_there(tmp_path: Path) -> None:
    home = tmp_path / "h"
    code = run_cli("demo", "--attendees", "6", home=home, check=True).stdout.strip()
    shown = run_cli("verify-url", code, "--json", home=home, check=True)
    assert json.loads(shown.stdout)["warnings"]  # the placeholder nobody runs
    bad = run_cli("verify-url", code, "https://x y", home=home)
    assert bad.returncode == 1 and bad.stderr.startswith("ikrar:") and "Traceback" not in bad.stderr
    changed = run_cli("verify-url", code, "https://cek.bawaslu.example.id", home=home, check=True)
    assert "HTTPS://CEK.BAWASLU.EXAMPLE.ID/V/" in changed.stdout and not changed.stderr
    out = tmp_path / "c.pdf"
    run_cli("certificates", code, "--out", str(out), home=home, check=True)
    subprocess.run(
        ["pdftoppm", "-r", "100", "-gray", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")],
        check=True,
    )
    decoded = subprocess.run(
        ["zbarimg", "-q", "--raw", *map(str, tmp_path.glob("p*.pgm"))],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert decoded and decoded[0].startswith("HTTPS://CEK.BAWASLU.EXAMPLE.ID/V/")
