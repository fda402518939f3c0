"""Phone signing against a real hub process: the one good path stores one evidence record
that every desk pulls; every bad link or submit is refused with a message and stores nothing."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.sync.phone_links import PhoneLink, read_link, sign_link
from tests.phones.venue import (
    Venue,
    finger_strokes,
    minutes_ago,
    open_venue,
    page_data,
    submit_form,
)

pytestmark = pytest.mark.slow

PHONE_UA = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 Chrome/126 Mobile"


@pytest.fixture
def venue(tmp_path: Path) -> Iterator[Venue]:
    place = open_venue(tmp_path)
    try:
        yield place
    finally:
        place.hub.kill()


def _open(http: httpx.Client, url: str) -> tuple[httpx.Response, dict[str, object]]:
    page = http.get(url)
    return page, (page_data(page.text) if page.status_code == 200 else {})


def _submit(http: httpx.Client, url: str, form: object) -> httpx.Response:
    return http.post(url + "/sign", content=json.dumps(form).encode())


def test_phone_signature_is_one_evidence_record_every_desk_sees(venue: Venue) -> None:
    url = venue.link(0)
    assert url.startswith(venue.hub.url + "/p/") and len(url) < 260
    with httpx.Client(headers={"User-Agent": PHONE_UA}) as http:
        page, data = _open(http, url)
        assert page.status_code == 200
        assert page.headers["content-security-policy"].startswith("default-src 'none'")
        with venue.desk.active():
            from desktop_app.models import Attendee, Event

            me = Attendee.get_by_id(venue.attendee_ids[0])
            other = Attendee.get_by_id(venue.attendee_ids[1])
            event_title = Event.get_by_id(venue.event_id).title
        assert str(me.full_name) in page.text and str(event_title) in page.text
        assert str(other.full_name) not in page.text  # nobody else's data
        done = _submit(http, url, submit_form(data, finger_strokes()))
        assert done.status_code == 200, done.text
        assert done.json()["ok"] is True
        # The same link again: used (the attendee has signed), on the page and on submit.
        again = _submit(http, url, submit_form(data, finger_strokes(2)))
        assert again.status_code == 409 and "sudah dipakai" in again.json()["message"]
        assert 'data-state="signed"' in http.get(url).text
    assert [(a, m) for a, m, _ in venue.hub_signatures()] == [(venue.attendee_ids[0], "phone")]
    assert venue.hub_signatures()[0][2] == PHONE_UA

    venue.desk.sync()
    with venue.desk.active():
        from desktop_app.models import Attendee, Event, Signature
        from desktop_app.services.signing.signature_evidence import signature_for, verify_chain

        event = Event.get_by_id(venue.event_id)
        signature = signature_for(event, Attendee.get_by_id(venue.attendee_ids[0]))
        assert signature is not None
        assert signature.method == "phone" and signature.user_agent == PHONE_UA
        assert signature.consent and signature.text_signed.strip()
        assert verify_chain(event).ok and verify_chain(event).checked == 1
        assert Signature.select().count() == 1
    from tests.conftest import run_cli

    with venue.desk.active():
        from desktop_app.models import Event

        code = Event.get_by_id(venue.event_id).code
    log = run_cli("verify-log", code, home=venue.desk.root)
    assert log.returncode == 0 and "utuh" in log.stdout, log.stdout + log.stderr

    # The method and the phone's user agent are part of the record's hash.
    for column, value in (("user_agent", "Mozilla/5.0 (iPhone)"), ("method", "pad")):
        with venue.desk.active():
            from desktop_app.models import Event, database_proxy
            from desktop_app.services.signing.signature_evidence import verify_chain

            database_proxy.execute_sql(f"UPDATE signature SET {column} = ?", (value,))
            report = verify_chain(Event.get_by_id(venue.event_id))
            assert not report.ok and "record_hash" in report.message(), column
            database_proxy.execute_sql(
                f"UPDATE signature SET {column} = ?", ("phone" if column == "method" else PHONE_UA,)
            )
            assert verify_chain(Event.get_by_id(venue.event_id)).ok


def test_bad_links_and_submits_are_refused_and_store_nothing(venue: Venue) -> None:
    url = venue.link(0)
    base, token = url.rsplit("/", 1)
    with httpx.Client(headers={"User-Agent": PHONE_UA}) as http:
        _, data = _open(http, url)
        strokes = finger_strokes()

        def refused(response: httpx.Response, status: int, words: str) -> None:
            assert response.status_code == status, response.text
            text = (
                response.json()["message"]
                if response.headers.get("content-type", "").startswith("application/json")
                else response.text
            )
            assert words in text, text

        # Forged (random bytes), one character changed, cut short.
        forged = sign_link(read_link(token)[0], Ed25519PrivateKey.generate())
        refused(http.get(f"{base}/{forged}"), 404, "Tautan ini tidak sah")
        changed = token[:50] + ("A" if token[50] != "A" else "B") + token[51:]
        refused(http.get(f"{base}/{changed}"), 404, "Tautan ini tidak sah")
        refused(_submit(http, f"{base}/{changed}", submit_form(data, strokes)), 404, "tidak sah")
        refused(http.get(f"{base}/{token[:100]}"), 404, "Tautan ini tidak sah")
        # Foreign: a well-formed link from a desk this hub never enrolled.
        link, _, _ = read_link(token)
        stranger = PhoneLink(
            "0c0ffee0-0000-4000-8000-000000000000",
            link.event_id,
            link.attendee_id,
            link.text_id,
            link.expires_at,
            os.urandom(8),
        )
        foreign = sign_link(stranger, Ed25519PrivateKey.generate())
        refused(http.get(f"{base}/{foreign}"), 404, "Tautan ini tidak sah")
        # Expired: made 20 minutes ago with the default 15 minutes.
        expired = venue.link(1, now=minutes_ago(20))
        refused(http.get(expired), 410, "kedaluwarsa")
        refused(_submit(http, expired, submit_form(data, strokes)), 410, "kedaluwarsa")

        # Submits on a good link that are wrong in themselves.
        refused(
            _submit(http, url, submit_form(data, {"w": 360, "h": 220, "strokes": []})),
            400,
            "Tanda tangan masih kosong",
        )
        refused(_submit(http, url, submit_form(data, strokes, consent=False)), 400, "persetujuan")
        refused(
            _submit(http, url, submit_form(data, strokes, text_sha256="0" * 64)),
            409,
            "bukan versi yang berlaku",
        )
        refused(
            _submit(http, url, submit_form(data, strokes, shown_at="2020-01-01T00:00:00+00:00")),
            409,
            "bukan versi yang berlaku",
        )
        million = {"w": 360, "h": 220, "strokes": [[[1.5, 2.5, i, 0.5] for i in range(1_000_000)]]}
        refused(_submit(http, url, submit_form(data, million)), 413, "terlalu panjang")
        many = {"w": 360, "h": 220, "strokes": [[[1, 2, i, 0.5] for i in range(20_001)]]}
        refused(_submit(http, url, submit_form(data, many)), 413, "terlalu panjang")
        refused(
            _submit(http, url, submit_form(data, {"w": "x", "h": 1, "strokes": [[1]]})),
            400,
            "tidak dapat dibaca",
        )
        refused(http.post(url + "/sign", content=b"\xff{not json"), 400, "tidak dapat dibaca")
        refused(http.post(url + "/sign", content=b"[" * 200_000), 400, "tidak dapat dibaca")

        # The declaration text edited at the desk after the page was shown: stale.
        with venue.desk.active():
            from desktop_app.models import Attendee, Event
            from desktop_app.services.signing.declarations import (
                current_text,
                declaration_key_for,
                edit_text,
            )

            event = Event.get_by_id(venue.event_id)
            text = current_text(
                event, declaration_key_for(Attendee.get_by_id(venue.attendee_ids[0]))
            )
            edit_text(event, text.key, text.title, text.body + "\n\nDemikian.")
        venue.desk.sync()
        refused(_submit(http, url, submit_form(data, strokes)), 409, "bukan versi yang berlaku")
        assert venue.hub_signatures() == []

        # Guessing links from one address is slowed down.
        statuses = [http.get(f"{base}/{forged}").status_code for _ in range(25)]
        assert statuses[-1] == 429 and 404 in statuses
    assert venue.hub_signatures() == []


def test_pad_signer_finds_their_certificate_at_the_certificate_desk(venue: Venue) -> None:
    with venue.desk.active():
        from desktop_app.models import Attendee, Event
        from tests.factories import certify, sign

        event = Event.get_by_id(venue.event_id)
        person = Attendee.get_by_id(venue.attendee_ids[1])
        sign(event, person)
        certify(event)
        code = str(person.code)
        event_code = str(event.code)
        identifier = next(str(x) for x in (person.nip, person.nrp, person.nik) if x)
        name = str(person.full_name)
    venue.desk.sync()
    desk = venue.hub.url + "/c"
    with httpx.Client() as http:
        page = http.get(desk)
        assert page.status_code == 200 and "Kode undangan" in page.text
        wrong = "0000" if not identifier.endswith("0000") else "1111"
        for digits in (wrong, "12a4", ""):
            miss = http.post(desk + "/lookup", json={"code": code, "digits": digits})
            assert miss.status_code == 404 and "tidak cocok" in miss.json()["message"]
        assert http.post(desk + "/lookup", content=b"[").status_code == 400
        found = http.post(desk + "/lookup", json={"code": code.lower(), "digits": identifier[-4:]})
        assert found.status_code == 200, found.text
        pass_token = found.json()["pass"]
        # Issued and printed, but not released to phones yet.
        status = http.get(desk + "/status", params={"pass": pass_token}).json()
        assert status == {"ok": True, "name": name, "event": status["event"], "ready": False}
        early = http.get(f"{desk}/{pass_token}/sertifikat.pdf")
        assert early.status_code == 409 and "belum diterbitkan" in early.text
        from tests.conftest import run_cli

        released = run_cli("release-certificates", event_code, home=venue.desk.root)
        assert released.returncode == 0, released.stderr
        venue.desk.sync()
        status = http.get(desk + "/status", params={"pass": pass_token}).json()
        assert status["ready"] is True
        tampered = pass_token[:-2] + ("AA" if pass_token[-2:] != "AA" else "BB")
        assert http.get(desk + "/status", params={"pass": tampered}).status_code == 404
        assert http.get(f"{desk}/{tampered}/sertifikat.pdf").status_code == 404
        pdf = http.get(f"{desk}/{pass_token}/sertifikat.pdf")
        assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
        assert pdf.headers["content-disposition"].startswith("attachment;")
        again = http.get(f"{desk}/{pass_token}/sertifikat.pdf")
        assert again.status_code == 200
    venue.desk.sync()
    with venue.desk.active():
        from desktop_app.models import PrintRecord

        assert [
            (p.operator, p.reprint) for p in PrintRecord.select().order_by(PrintRecord.printed_at)
        ] == [
            ("ponsel", False),
            ("ponsel", True),
        ]


def test_certificate_desk_poster_qr_opens_the_page(tmp_path: Path, home: Path) -> None:
    import subprocess

    from tests.conftest import run_cli

    out = tmp_path / "poster.pdf"
    done = run_cli(
        "certificate-poster",
        "--out",
        str(out),
        "--url",
        "http://192.168.1.10:8765/",
        "--wifi",
        "Bawaslu-Acara",
        home=home,
    )
    assert done.returncode == 0, done.stderr
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(out), str(tmp_path / "p")], check=True)
    png = next(tmp_path.glob("p*.png"))
    read = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True)
    assert read.stdout.strip() == "http://192.168.1.10:8765/c"
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Sertifikat di ponsel Anda" in text and "Bawaslu-Acara" in text
    bad = run_cli(
        "certificate-poster", "--out", str(tmp_path / "x.pdf"), "--url", "ftp://x", home=home
    )
    assert bad.returncode == 1 and "http://" in bad.stderr and "Traceback" not in bad.stderr
    none = run_cli("certificate-poster", "--out", str(tmp_path / "y.pdf"), home=home)
    assert none.returncode == 1 and "--url" in none.stderr
