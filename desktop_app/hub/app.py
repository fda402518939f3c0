"""The hub's HTTP API and web pages (FastAPI), built by ``create_app``.

API (JSON; every call but enrolment is signed by the station, see ``sync/auth.py``):
  POST /api/enroll   one-time pairing code + station public key → enrolled
  POST /api/push     gzip JSON {"after": n, "changes": [...]} → {"pushed_seq": m}
  GET  /api/pull     ?after=cursor&limit=n → {"changes": [...], "next": c, "more": bool}
  GET  /api/stations enrolled stations and their public keys (bundle trust)
  POST /api/number-block {"event_id": id} → {"block": row} certificate numbers (allocation.py)
  GET  /api/certificate the organizer root's certificate for this station's key
  GET  /api/heads    every station's evidence chain head as the hub has it (witness)
  POST /api/nik-keys {"offer": [keys], "want": [event ids]} → NIK hash keys (nik_keys.py)
  GET  /api/health   unauthenticated liveness
Pages: ``/`` events with counts per station; ``/v/<token>`` certificate verification;
``/p/<link>`` signing on the attendee's phone (``phone_pages``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from fastapi import FastAPI, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import HTMLResponse, JSONResponse
from peewee import Database
from starlette.concurrency import run_in_threadpool

from desktop_app.hub import allocation, limits, nik_keys, pages
from desktop_app.hub.database import open_hub_database
from desktop_app.hub.phone_pages import mount_phone_pages
from desktop_app.hub.revocation_lists import served_lists
from desktop_app.hub.service import FaultHook, HubError, HubService, decode_json_body
from desktop_app.hub.station_certificates import certify_enrolled_stations
from desktop_app.hub.witness import witnessed_heads
from desktop_app.models.sync_state import HubStation
from desktop_app.paths import DataDir
from desktop_app.services.certificates.organizer_root import load_or_create_root, trust_root
from desktop_app.services.common.station_key import public_bytes
from desktop_app.sync.auth import AuthError

log = logging.getLogger("ikrar.hub")

P = ParamSpec("P")
T = TypeVar("T")

Verifier = Callable[[str], Any]


def create_app(
    home_or_db: DataDir | Path | str | Database,
    database_url: str | None = None,
    verifier: Verifier | None = None,
    fault: FaultHook | None = None,
) -> FastAPI:
    """The hub application on a data directory (SQLite or ``database_url``) or an open db.

    ``verifier(token) -> VerificationResult`` checks certificate tokens (defaults to the
    certificates service); ``fault(point)`` lets tests crash the hub at named points.
    """
    if isinstance(home_or_db, Database):
        db = home_or_db
    else:
        home = home_or_db if isinstance(home_or_db, DataDir) else DataDir(Path(home_or_db))
        home.ensure()
        db = open_hub_database(home, database_url)
    root = None
    if not isinstance(home_or_db, Database):
        # The organizer root lives with the hub; the hub trusts the keys it certifies.
        root = load_or_create_root(home.keys)
        trust_root(public_bytes(root))
        certify_enrolled_stations(root, home.keys)
    service = HubService(db, fault, root)
    app = FastAPI(title="Ikrar Hub", docs_url=None, redoc_url=None, openapi_url=None)
    # Level 1: a pull page is mostly base64 of compressed images (level 9 gains little on it
    # and costs the hub several times the CPU that every station's pull waits for).
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=1)
    app.state.service = service
    app.state.verifier = verifier

    async def call(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        # peewee keeps one connection per worker thread; anyio reuses a bounded pool.
        return await run_in_threadpool(fn, *args, **kwargs)

    enroll_attempts = limits.AttemptLimiter("pairing")
    auth_attempts = limits.AttemptLimiter("authentication", max_failures=20)
    app.state.enroll_attempts, app.state.auth_attempts = enroll_attempts, auth_attempts

    async def signed(request: Request) -> tuple[HubStation, bytes]:
        # Who is asking is settled from the headers before a byte of the body is read.
        auth_attempts.check(limits.client_address(request))
        await call(limits.check_auth_headers, request.headers)
        body = await limits.read_body(request, limits.MAX_SIGNED_BODY_BYTES)
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        station = await call(service.authenticate, request.headers, request.method, path, body)
        return station, body

    @app.exception_handler(AuthError)
    async def auth_error(request: Request, exc: AuthError) -> JSONResponse:
        auth_attempts.failed(limits.client_address(request), exc.reason)  # logs once a burst
        return JSONResponse({"error": exc.reason}, status_code=exc.status)

    @app.exception_handler(HubError)
    async def hub_error(_: Request, exc: HubError) -> JSONResponse:
        if not limits.already_logged(exc):
            log.warning("refused request: %s", exc.reason)
        headers = {"Retry-After": str(exc.extra["retry_after"])} if exc.status == 429 else None
        return JSONResponse(
            {"error": exc.reason, **exc.extra}, status_code=exc.status, headers=headers
        )

    @app.get("/api/health")
    async def health() -> dict[str, Any]:
        return {"ok": True, "service": "ikrar-hub"}

    @app.post("/api/enroll")
    async def enroll(request: Request) -> dict[str, Any]:
        address = limits.client_address(request)
        enroll_attempts.check(address)
        try:
            raw = await limits.read_body(request, limits.MAX_ENROLL_BODY_BYTES)
            body = decode_json_body(raw, request.headers.get("content-encoding", ""))
            result = await call(service.enroll, body)
        except HubError as exc:
            enroll_attempts.failed(address, exc.reason)
            limits.mark_logged(exc)
            raise
        enroll_attempts.succeeded(address)
        return result

    @app.post("/api/push")
    async def push(request: Request) -> dict[str, Any]:
        station, body = await signed(request)
        encoding = request.headers.get("content-encoding", "")
        return await call(service.push, station, body, encoding)

    @app.get("/api/pull")
    async def pull(request: Request, after: int = 0, limit: int = 500) -> dict[str, Any]:
        station, _ = await signed(request)
        return await call(service.pull, station, after, limit)

    @app.get("/api/stations")
    async def stations(request: Request) -> dict[str, Any]:
        await signed(request)
        # The organizer's signed revocation lists travel with the station list.
        lists = await call(served_lists, service)
        return {"stations": await call(service.stations), "revocations": lists}

    @app.get("/api/certificate")
    async def certificate(request: Request) -> dict[str, Any]:
        station, _ = await signed(request)
        return await call(service.certificate, station)

    @app.get("/api/heads")
    async def heads(request: Request) -> dict[str, Any]:
        # The hub witnesses every station's signed evidence chain (truncation shows).
        await signed(request)
        return {"heads": await call(witnessed_heads)}

    @app.post("/api/number-block")
    async def number_block(request: Request) -> dict[str, Any]:
        station, body = await signed(request)
        data = decode_json_body(body, request.headers.get("content-encoding", ""))
        return await call(allocation.number_block, service, station, data)

    @app.post("/api/nik-keys")
    async def nik_hash_keys(request: Request) -> dict[str, Any]:
        station, body = await signed(request)
        data = decode_json_body(body, request.headers.get("content-encoding", ""))
        return await call(nik_keys.exchange, service, station, data)

    @app.get("/", response_class=HTMLResponse)
    async def index() -> str:
        return await call(pages.index_page)

    async def verify(token: str) -> HTMLResponse:
        html, status = await call(pages.verify_page, token, app.state.verifier)
        return HTMLResponse(html, status_code=status)

    app.add_api_route("/v/{token:path}", verify, methods=["GET"], response_class=HTMLResponse)
    app.add_api_route(
        "/V/{token:path}",
        verify,
        methods=["GET"],
        response_class=HTMLResponse,
        include_in_schema=False,
    )
    mount_phone_pages(app, service)
    return app
