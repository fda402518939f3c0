"""The phone pages of the venue hub: ``/p/<link>`` to read and sign, ``/p/<link>/sign`` to
submit. Mounted on the hub app by ``mount_phone_pages``.

One self-contained page per request (styles and script inline): a phone on a crowded venue
Wi-Fi makes one round trip to see the text. The page speaks Indonesian; it needs no secure
context (no WebCrypto, no camera), so it works over the hub's HTTPS and over plain HTTP.
Requests are limited per link and failed links per address, and a submit body is capped
while it is read.
"""

from __future__ import annotations

import html
import json
import logging
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import asdict
from functools import cache
from typing import Any, ParamSpec, TypeVar

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from desktop_app.hub import phone_certificates, phone_signing
from desktop_app.hub.service import HubService
from desktop_app.resources import resource_path
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.sync.phone_links import PATH_PREFIX

log = logging.getLogger("ikrar.hub")

P = ParamSpec("P")
T = TypeVar("T")

CERTIFICATE_DESK = "/c"
MAX_SUBMIT_BYTES = 512 * 1024
MAX_LOOKUP_BYTES = 1024  # a long signature is ~100 KB of JSON
PER_LINK_PER_MINUTE = 30
FAILURES_PER_ADDRESS_PER_MINUTE = 20
# Content-Security-Policy: the page talks only to this hub and loads nothing else.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
        "img-src data:; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; "
        "base-uri 'none'"
    ),
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}
WORDS = {
    "consent_first": "Centang persetujuan dulu, lalu tanda tangani.",
    "sending": "Mengirim…",
    "too_long": "Tanda tangan terlalu panjang. Hapus lalu ulangi.",
    "no_network": "Tidak tersambung ke server acara. Periksa Wi-Fi lalu kirim lagi.",
}


class RateLimiter:
    """At most ``limit`` events per key in any 60 seconds (a sliding window in memory)."""

    def __init__(self, limit: int, window_s: float = 60.0) -> None:
        self.limit = limit
        self.window_s = window_s
        self._events: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        events = self._events.setdefault(key, deque())
        while events and events[0] <= now - self.window_s:
            events.popleft()
        if not events:
            del self._events[key]
            events = self._events.setdefault(key, deque())
        return events

    def exceeded(self, key: str) -> bool:
        """Whether ``key`` is over its limit now (without counting this call)."""
        with self._lock:
            return len(self._recent(key, time.monotonic())) >= self.limit

    def hit(self, key: str) -> bool:
        """Count one event; False when it is over the limit."""
        with self._lock:
            now = time.monotonic()
            events = self._recent(key, now)
            if len(events) >= self.limit:
                return False
            events.append(now)
            if len(self._events) > 100_000:  # many keys: forget the idle ones
                for idle in [k for k, v in self._events.items() if not v or v[-1] < now - 60]:
                    del self._events[idle]
            return True


@cache
def _asset(name: str) -> str:
    return resource_path("phone", name).read_text(encoding="utf-8")


def _fill(template: str, values: dict[str, str]) -> str:
    # One pass over the template: what is put in is never read for placeholders again.
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template)


def _document(title: str, event_title: str, event_line: str, body: str) -> str:
    return _fill(
        _asset("page.html"),
        {
            "title": html.escape(title),
            "css": _asset("phone.css"),
            "event_title": html.escape(event_title),
            "event_line": html.escape(event_line),
            "body": body,
        },
    )


def _json_for_script(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")


def signing_html(token: str, page: phone_signing.SigningPage) -> str:
    event_line = " · ".join(part for part in (page.event_date, page.venue) if part)
    if page.signed_label:
        body = (
            '<section><p class="notice done" id="status" data-state="signed">'
            f"Tanda tangan Anda sudah tersimpan ({html.escape(page.signed_label)}). "
            "Terima kasih.</p>"
            f'<a class="button" href="{CERTIFICATE_DESK}">Halaman sertifikat</a></section>'
        )
        return _document("Sudah ditandatangani", page.event_title, event_line, body)
    fields = {name: html.escape(str(value)) for name, value in asdict(page).items()}
    data = {
        "text_id": page.text_id,
        "text_sha256": page.text_sha256,
        "shown_at": page.shown_at,
        "submit_url": f"{PATH_PREFIX}{token}/sign",
        "words": WORDS,
    }
    body = _fill(
        _asset("sign.html"),
        fields | {"page_data": _json_for_script(data), "script": _asset("phone.js")},
    )
    return _document(page.text_title, page.event_title, event_line, body)


def certificate_desk_html() -> str:
    body = _fill(_asset("certificates.html"), {"script": _asset("certificates.js")})
    return _document("Sertifikat", "Sertifikat peserta", "Unduh sertifikat Anda di sini", body)


def refusal_html(error: UserError) -> str:
    body = (
        f'<section><p class="notice bad" id="status" data-state="error" '
        f'data-code="{html.escape(error.code)}">{html.escape(str(error))}</p></section>'
    )
    return _document("Tidak dapat dibuka", "Ikrar", "", body)


def _too_many() -> UserError:
    return UserError(
        "phone.too_many_requests",
        QT_TRANSLATE_NOOP(
            "ServiceMessages", "Terlalu banyak permintaan. Tunggu satu menit lalu coba lagi."
        ),
    )


def _unreadable() -> UserError:
    return UserError(
        "phone.bad_request",
        QT_TRANSLATE_NOOP(
            "ServiceMessages", "Permintaan tidak dapat dibaca. Muat ulang halaman lalu coba lagi."
        ),
    )


def _ascii_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name)[:120] or "sertifikat.pdf"


def _status(error: UserError) -> int:
    if error.code == "phone.too_many_requests":
        return 429
    return phone_signing.refusal_status(error)


async def _read_capped(request: Request, limit: int) -> bytes | None:
    """The body, or None as soon as it grows past ``limit`` (never read whole first)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def mount_phone_pages(app: FastAPI, service: HubService) -> None:
    """Add the phone routes to the hub ``app``; signatures are written under the hub's
    write lock (the same one station pushes take)."""
    per_link = RateLimiter(PER_LINK_PER_MINUTE)
    failures = RateLimiter(FAILURES_PER_ADDRESS_PER_MINUTE)

    async def call(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        return await run_in_threadpool(fn, *args, **kwargs)

    def address(request: Request) -> str:
        return request.client.host if request.client else "?"

    def admitted(request: Request, token: str) -> UserError | None:
        if failures.exceeded(address(request)) or not per_link.hit(token[:200]):
            return _too_many()
        return None

    def failed(request: Request, error: UserError) -> None:
        if error.code in {"phone.link_invalid", "phone.link_expired", "phone.pass_invalid"}:
            failures.hit(address(request))
        log.info("phone request refused: %s", error.code)

    def page_response(text: str, status: int = 200) -> HTMLResponse:
        return HTMLResponse(text, status_code=status, headers=SECURITY_HEADERS)

    def json_response(data: dict[str, Any], status: int = 200) -> JSONResponse:
        return JSONResponse(data, status_code=status, headers=SECURITY_HEADERS)

    @app.get(PATH_PREFIX + "{token}", response_class=HTMLResponse, include_in_schema=False)
    async def phone_page(request: Request, token: str) -> HTMLResponse:
        refused = admitted(request, token)
        if refused is not None:
            return page_response(refusal_html(refused), 429)
        try:
            page = await call(phone_signing.signing_page, token, None, service.certified.of)
        except UserError as error:
            failed(request, error)
            return page_response(refusal_html(error), _status(error))
        return page_response(signing_html(token, page))

    @app.post(PATH_PREFIX + "{token}/sign", include_in_schema=False)
    async def phone_sign(request: Request, token: str) -> JSONResponse:
        refused = admitted(request, token)
        if refused is None:
            raw = await _read_capped(request, MAX_SUBMIT_BYTES)
            refused = phone_signing.too_many_points() if raw is None else None
        if refused is not None:
            return json_response(
                {"ok": False, "code": refused.code, "message": str(refused)}, _status(refused)
            )
        try:
            try:
                form = json.loads(raw or b"")
            except (ValueError, UnicodeDecodeError, RecursionError):
                raise _unreadable() from None
            if not isinstance(form, dict):
                raise _unreadable()
            user_agent = request.headers.get("user-agent", "")
            signature = await call(
                # The hub's own write lock: phone records and station pushes take turns.
                phone_signing.submit_signature,
                token,
                form,
                user_agent,
                service._write,
                None,
                service.certified.of,
            )
        except UserError as error:
            failed(request, error)
            return json_response(
                {"ok": False, "code": error.code, "message": str(error)}, _status(error)
            )
        log.info("phone signature %s stored", signature.id)
        pass_token = await call(
            phone_certificates.pass_for_attendee, str(signature.__data__["attendee"])
        )
        return json_response(
            {
                "ok": True,
                "message": "Tanda tangan Anda sudah tersimpan. Terima kasih.",
                "signature": signature.id,
                "pass": pass_token,
            }
        )

    # -- the certificate desk (the poster's QR) ---------------------------------------------
    @app.get(CERTIFICATE_DESK, response_class=HTMLResponse, include_in_schema=False)
    async def certificate_desk() -> HTMLResponse:
        return page_response(certificate_desk_html())

    @app.post(CERTIFICATE_DESK + "/lookup", include_in_schema=False)
    async def certificate_lookup(request: Request) -> JSONResponse:
        if failures.exceeded(address(request)):
            refused = _too_many()
            return json_response({"ok": False, "message": str(refused)}, 429)
        raw = await _read_capped(request, MAX_LOOKUP_BYTES)
        try:
            form = json.loads(raw or b"")
            code, digits = str(form["code"]), str(form["digits"])
        except (ValueError, UnicodeDecodeError, RecursionError, KeyError, TypeError):
            error = _unreadable()
            return json_response({"ok": False, "message": str(error)}, 400)
        try:
            pass_token = await call(phone_certificates.pass_for_invitation, code, digits)
        except UserError as error:
            failures.hit(address(request))  # guessing codes is slowed down like links
            return json_response({"ok": False, "code": error.code, "message": str(error)}, 404)
        return json_response({"ok": True, "pass": pass_token})

    @app.get(CERTIFICATE_DESK + "/status", include_in_schema=False)
    async def certificate_status(request: Request, pass_token: str = "") -> JSONResponse:
        pass_token = request.query_params.get("pass", pass_token)
        refused = admitted(request, pass_token)
        if refused is not None:
            return json_response({"ok": False, "message": str(refused)}, 429)
        try:
            view = await call(phone_certificates.pass_view, pass_token)
        except UserError as error:
            failed(request, error)
            return json_response({"ok": False, "code": error.code, "message": str(error)}, 404)
        return json_response(
            {"ok": True, "name": view.attendee_name, "event": view.event_title, "ready": view.ready}
        )

    @app.get(CERTIFICATE_DESK + "/{pass_token}/sertifikat.pdf", include_in_schema=False)
    async def certificate_download(request: Request, pass_token: str) -> Response:
        refused = admitted(request, pass_token)
        if refused is not None:
            return page_response(refusal_html(refused), 429)
        try:
            name, pdf = await call(
                phone_certificates.download_certificate, pass_token, service._write
            )
        except UserError as error:
            failed(request, error)
            status = 404 if error.code == "phone.pass_invalid" else 409
            return page_response(refusal_html(error), status)
        headers = dict(SECURITY_HEADERS)
        headers["Content-Disposition"] = f'attachment; filename="{_ascii_name(name)}"'
        return Response(pdf, media_type="application/pdf", headers=headers)
