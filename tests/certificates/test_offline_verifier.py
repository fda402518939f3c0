"""``ikrar verifier``: the HTML file, opened from file:// in a real Chromium, gives the same
verdicts as ``ikrar verify`` on one corpus, makes no request, reads a QR from a photo and
a token from its own address."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
import qrcode
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image

from desktop_app.models import Event, SigningKey
from desktop_app.models.clock import clock
from desktop_app.services.certificates.issuing import revoke
from desktop_app.services.certificates.organizer_root import (
    certify_station,
    store_station_certificate,
)
from desktop_app.services.certificates.signing_keys import key_id_bytes, key_id_for, public_raw
from desktop_app.services.certificates.token import Claims, sign_token, token_url
from desktop_app.services.certificates.verification import view_token
from desktop_app.services.common.station_key import public_bytes, station_key
from tests.browser import chromium
from tests.conftest import run_cli
from tests.factories import attend, certify

pytestmark = pytest.mark.slow


def _corpus(event: Event) -> dict[str, str]:
    """One input per verdict, as a person would paste or scan them."""
    attend(event, 3)
    certs = certify(event)
    revoke(certs[1].number, "Nama salah cetak", event_code=event.code)
    valid = token_url(certs[0].token, event.verify_base_url)
    token = certs[0].token
    middle = len(token) // 2
    changed = token[:middle] + ("Q" if token[middle] != "Q" else "R") + token[middle + 1 :]
    stranger = Ed25519PrivateKey.generate()
    claims = Claims("999/SERT/X/IX/2024", event.code, "Penyusup", "PESERTA", dt.date(2024, 9, 27))
    foreign = sign_token(claims, stranger, key_id_bytes(public_raw(stranger.public_key())))
    # The organizer root (issue 11) is trusted here: this station's key chains to it, and a
    # key row that came along without the chain (say, a rogue desk's) is not trusted.
    root = Ed25519PrivateKey.generate()
    station_public = public_bytes(station_key())
    certificate = certify_station(root, clock.station_id, station_public)
    store_station_certificate(public_raw(root.public_key()), certificate)
    rogue = Ed25519PrivateKey.generate()
    rogue_raw = public_raw(rogue.public_key())
    SigningKey.create(
        key_id=key_id_for(rogue_raw),
        organizer=event.organizer,
        public_key=rogue_raw,
        station_id="0c0ffee0-0000-4000-8000-000000000000",
    )
    uncertified = sign_token(claims, rogue, key_id_bytes(rogue_raw))
    return {
        "uncertified": uncertified,
        "valid": valid,
        "valid_lowercase_token": certs[2].token.lower(),
        "changed": token_url(changed, event.verify_base_url),
        # The last character carries unused bits: a change there is either another key's
        # bytes or a non-canonical spelling; both must be refused the same way.
        "last_char": token[:-1] + ("7" if token[-1] != "7" else "6"),
        "foreign": foreign,
        "revoked": token_url(certs[1].token, event.verify_base_url),
        "garbage": "HELLO!",
        "short": token[:40],
        "empty_url": "HTTPS://VERIFIKASI.IKRAR.ID/V/",
    }


def _verdict(page) -> dict[str, str]:  # type: ignore[no-untyped-def]
    page.wait_for_selector("#verdict[data-valid]")
    box = page.locator("#verdict")
    return {
        "valid": box.get_attribute("data-valid") or "",
        "code": box.get_attribute("data-code") or "",
        "reason": box.locator(".reason").inner_text(),
        "text": box.inner_text(),
    }


def test_verifier_file_matches_ikrar_verify(home: Path, demo_event: Event, tmp_path: Path) -> None:
    corpus = _corpus(demo_event)
    expected = {name: view_token(text) for name, text in corpus.items()}
    last_char = expected["last_char"]
    assert not expected.pop("last_char").ok
    assert {name: view.code.value for name, view in expected.items()} == {
        "uncertified": "unknown_key",
        "valid": "valid",
        "valid_lowercase_token": "valid",
        "changed": "bad_signature",
        "foreign": "unknown_key",
        "revoked": "revoked",
        "garbage": "malformed",
        "short": "malformed",
        "empty_url": "malformed",
    }
    out = tmp_path / "usb" / "verifikasi.html"
    done = run_cli("verifier", "--out", str(out), home=home)
    assert done.returncode == 0, done.stderr
    assert "1 pencabutan" in done.stdout
    html = out.read_text(encoding="utf-8")
    assert "default-src 'none'" in html
    assert not re.search(r"""(src|href)\s*=\s*["']https?:""", html)

    requests: list[str] = []
    with chromium() as browser:
        page = browser.new_page(locale="id-ID")
        page.on("request", lambda request: requests.append(request.url))
        for name, text in corpus.items():
            page.goto(out.as_uri() + "#" + text)
            got = _verdict(page)
            view = expected.get(name, last_char)
            assert got["code"] == view.code.value, name
            assert got["valid"] == ("true" if view.ok else "false"), name
            if view.code.value in {"malformed", "bad_signature", "revoked"}:
                assert got["reason"] == view.message, name  # word for word as `ikrar verify`
            if view.shows_claims:
                assert view.holder in got["text"] and view.number in got["text"], name
            else:
                assert "Penyusup" not in got["text"], name  # a forger's words are never shown
        valid = expected["valid"]
        page.goto(out.as_uri() + "#" + corpus["valid"])
        got = _verdict(page)
        assert got["reason"].startswith("Tanda tangan sah; daftar pencabutan per ")
        assert "SAH" in got["text"] and valid.date_label in got["text"]

        # Pasted into the box and checked with the button, no address involved.
        page.goto(out.as_uri())
        assert page.locator("#verdict").get_attribute("data-valid") is None
        page.fill("#code", corpus["revoked"])
        page.click("button[type=submit]")
        assert _verdict(page)["code"] == "revoked"
        # A new address fragment on an open page is checked too.
        page.evaluate("text => { location.hash = text; }", corpus["changed"])
        page.wait_for_selector("#verdict[data-code=bad_signature]")
    assert requests and all(url.startswith("file://") for url in requests), requests


def _photo_of(text: str) -> bytes:
    """A QR code as a phone photographs it: small in the frame, turned, on a grey desk."""
    code = qrcode.make(text, box_size=6, border=4).get_image().convert("L")
    desk = Image.new("L", (1400, 1000), 170)
    desk.paste(code.rotate(12, expand=True, fillcolor=170), (380, 160))
    out = io.BytesIO()
    desk.convert("RGB").save(out, "JPEG", quality=85)
    return out.getvalue()


def test_verifier_reads_a_photo_and_speaks_english(
    home: Path, demo_event: Event, tmp_path: Path
) -> None:
    corpus = _corpus(demo_event)
    out = tmp_path / "verifikasi.html"
    assert run_cli("verifier", "--out", str(out), home=home).returncode == 0
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(_photo_of(corpus["valid"]))
    blank = tmp_path / "kosong.png"
    Image.new("RGB", (640, 480), "white").save(blank)
    with chromium() as browser:
        page = browser.new_page(locale="en-US")
        page.goto(out.as_uri())
        assert page.locator("h1").inner_text() == "Certificate verification"
        page.set_input_files("#photo", str(photo))
        got = _verdict(page)
        assert (got["valid"], got["code"]) == ("true", "valid")
        assert got["reason"].startswith("Signature valid; revocation list as of ")
        page.set_input_files("#photo", str(blank))
        page.wait_for_selector("#verdict[data-code=file]")
        assert "No readable QR code in 'kosong.png'" in page.locator("#verdict").inner_text()
        page.goto(out.as_uri() + "#" + corpus["foreign"])
        got = _verdict(page)
        assert got["code"] == "unknown_key" and got["reason"].startswith("Signing key ")


def test_verifier_refuses_an_unwritable_target(home: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    done = run_cli("verifier", "--out", str(blocker / "v.html"), home=home)
    assert done.returncode == 1
    assert done.stderr.startswith("ikrar:") and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def _camera_feed(path: Path, text: str, frames: int = 30) -> None:
    """A Y4M video of a QR code held in front of the camera (Chromium's fake camera)."""
    code = qrcode.make(text, box_size=5, border=4).get_image().convert("L")
    width, height = 640, 480
    frame = Image.new("L", (width, height), 160)
    frame.paste(code.resize((420, 420)), ((width - 420) // 2, (height - 420) // 2))
    luma = frame.tobytes()
    chroma = bytes([128]) * (width * height // 4)
    with path.open("wb") as out:
        out.write(f"YUV4MPEG2 W{width} H{height} F10:1 Ip A1:1 C420jpeg\n".encode())
        for _ in range(frames):
            out.write(b"FRAME\n" + luma + chroma + chroma)


def test_verifier_reads_the_camera(home: Path, demo_event: Event, tmp_path: Path) -> None:
    corpus = _corpus(demo_event)
    out = tmp_path / "verifikasi.html"
    assert run_cli("verifier", "--out", str(out), home=home).returncode == 0
    feed = tmp_path / "kamera.y4m"
    _camera_feed(feed, corpus["revoked"])
    camera = (
        "--use-fake-device-for-media-stream",
        "--use-fake-ui-for-media-stream",
        f"--use-file-for-fake-video-capture={feed}",
    )
    with chromium(*camera) as browser:
        page = browser.new_page(locale="id-ID")
        page.goto(out.as_uri())
        page.click("#camera-button")
        page.wait_for_selector("#verdict[data-valid]", timeout=20_000)
        got = _verdict(page)
        assert (got["valid"], got["code"]) == ("false", "revoked")
        assert page.locator("#camera").is_hidden()  # the camera stops once it has read a code
