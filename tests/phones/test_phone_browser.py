"""An attendee signs on a phone: Debian's Chromium with a phone viewport and touch, driven by
Playwright, against a real hub process. The finger is real touch input (DevTools touch
events, which the browser turns into pointer events with their force as pressure)."""

from __future__ import annotations

import math
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser import chromium
from tests.phones.venue import Venue, open_venue

pytestmark = pytest.mark.slow

PHONE = {
    "viewport": {"width": 393, "height": 851},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
    "locale": "id-ID",
    "user_agent": (
        "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/126.0.0.0 Mobile Safari/537.36"
    ),
}
FORCE = 0.62


@pytest.fixture
def venue(tmp_path: Path) -> Iterator[Venue]:
    place = open_venue(tmp_path)
    try:
        yield place
    finally:
        place.hub.kill()


def _shot(page: Any, name: str) -> None:
    # IKRAR_SCREENSHOTS=docs/screenshots refreshes the pictures in docs/phones.md.
    folder = os.environ.get("IKRAR_SCREENSHOTS")
    if folder:
        page.screenshot(path=str(Path(folder) / f"{name}.png"))


def _sign_with_finger(page: Any) -> None:
    """Two strokes on the canvas: a looping name and an underline."""
    page.locator("#pad").scroll_into_view_if_needed()
    box = page.locator("#pad").bounding_box()
    assert box is not None
    cdp = page.context.new_cdp_session(page)
    left, top, width, height = box["x"], box["y"], box["width"], box["height"]

    def stroke(points: list[tuple[float, float]]) -> None:
        def touch(kind: str, x: float, y: float) -> None:
            spot = [{"x": x, "y": y, "force": FORCE, "radiusX": 4, "radiusY": 4, "id": 1}]
            cdp.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": spot})

        touch("touchStart", *points[0])
        for x, y in points[1:]:
            touch("touchMove", x, y)
        cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})

    loops = [
        (
            left + width * (0.12 + 0.7 * i / 60) + 14 * math.cos(i / 3),
            top + height * 0.45 + 30 * math.sin(i / 3),
        )
        for i in range(61)
    ]
    stroke(loops)
    stroke([(left + width * (0.15 + 0.6 * i / 20), top + height * 0.8 + i % 3) for i in range(21)])


def _issue_certificates(venue: Venue) -> None:
    venue.desk.sync()  # the phone's signature to the desk, so the attendee is eligible
    with venue.desk.active():
        from desktop_app.models import Event
        from desktop_app.services.certificates.release import release_certificates
        from tests.factories import certify

        event = Event.get_by_id(venue.event_id)
        assert certify(event)
        release_certificates(event)
    venue.desk.sync()  # the certificates to the hub


def test_attendee_signs_on_a_phone_and_the_desk_sees_it(venue: Venue) -> None:
    url = venue.link(0)
    with chromium() as browser:
        context = browser.new_context(**PHONE)
        page = context.new_page()
        page.goto(url)
        with venue.desk.active():
            from desktop_app.models import Attendee

            name = str(Attendee.get_by_id(venue.attendee_ids[0]).full_name)
        assert name in page.locator(".who").inner_text()
        assert name in page.locator("#declaration").inner_text()  # the text with their data
        assert page.locator("#send").is_disabled()
        _shot(page, "phone-read")

        # A finger on the box before consent: asked to consent first, nothing drawn.
        page.locator("#pad").scroll_into_view_if_needed()
        box = page.locator("#pad").bounding_box()
        assert box is not None
        page.touchscreen.tap(box["x"] + 50, box["y"] + 50)
        assert "Centang persetujuan" in page.locator("#status").inner_text()
        page.locator("#consent").tap()
        _sign_with_finger(page)
        assert page.locator("#send").is_enabled()
        _shot(page, "phone-signed-box")
        page.locator("#send").tap()
        page.wait_for_selector("#status[data-state=sent]")
        assert "sudah tersimpan" in page.locator("#status").inner_text()
        assert page.locator("#signing").is_hidden()
        _shot(page, "phone-done")

        page.reload()  # the link again: it was single use
        assert page.locator("#status").get_attribute("data-state") == "signed"

        # Certificate desk before the certificates are issued: the phone knows its pass.
        page.goto(venue.hub.url + "/c")
        page.wait_for_selector(".pass")
        assert name in page.locator(".pass").inner_text()
        assert "belum diterbitkan" in page.locator(".pass").inner_text()
        _issue_certificates(venue)
        page.reload()
        page.wait_for_selector(".pass a.button")
        _shot(page, "phone-certificate")
        with page.expect_download() as download:
            page.locator(".pass a.button").tap()
        pdf = venue.hub.home.parent / "dari-ponsel.pdf"
        download.value.save_as(pdf)
        context.close()

    venue.desk.sync()
    with venue.desk.active():
        from desktop_app.models import Attendee, Event
        from desktop_app.services.signing.signature_evidence import signature_for, verify_chain
        from desktop_app.services.signing.signature_strokes import StrokeData

        event = Event.get_by_id(venue.event_id)
        signature = signature_for(event, Attendee.get_by_id(venue.attendee_ids[0]))
        assert signature is not None
        assert signature.method == "phone"
        assert signature.user_agent == PHONE["user_agent"]
        strokes = StrokeData.from_compressed(bytes(signature.strokes))
        assert len(strokes.strokes) == 2 and strokes.point_count >= 60
        assert {round(p, 2) for s in strokes.strokes for _, _, _, p in s} == {round(FORCE, 2)}
        assert abs(strokes.width - 393 + 2 * 16 + 2 * 14 + 4) < 40  # the canvas, in CSS px
        assert bytes(signature.image_png).startswith(b"\x89PNG")
        assert verify_chain(event).ok
        from desktop_app.models import PrintRecord

        prints = list(PrintRecord.select())
        assert [(p.operator, p.reprint) for p in prints] == [("ponsel", False)]  # logged
        code = event.code
    from tests.conftest import run_cli

    verified = run_cli("verify", str(pdf), home=venue.desk.root)
    assert verified.returncode == 0, verified.stderr
    assert name in verified.stdout and code in verified.stdout
