"""The hub authenticates before reading, caps bodies while streaming, answers crafted
requests with 4xx and a reason, and rate-limits pairing without flooding its log (issue 12)."""

from __future__ import annotations

import gzip
import json
import socket
import sys
import time
from pathlib import Path

import httpx
import pytest

from desktop_app.hub.limits import MAX_SIGNED_BODY_BYTES, AttemptLimiter
from desktop_app.sync.auth import sign_request
from tests.sync.harness import HubProcess, Station


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    process = HubProcess(tmp_path_factory.mktemp("limitshub") / "hub").start()
    yield process
    process.kill()


@pytest.fixture(scope="module")
def station(hub: HubProcess, tmp_path_factory: pytest.TempPathFactory) -> Station:
    st = Station(tmp_path_factory.mktemp("limitsst") / "a", "Meja A")
    st.enroll(hub)
    return st


def _identity(station: Station) -> tuple[str, object]:
    from desktop_app.models import local_station
    from desktop_app.sync.identity import load_or_create_key

    with station.active() as home:
        return local_station().id, load_or_create_key(home.keys)


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def _raw_post(hub: HubProcess, path: str, headers: dict[str, str], send: int) -> bytes:
    """POST declaring ``send`` bytes and streaming them until the hub answers or hangs up."""
    with socket.create_connection(("127.0.0.1", hub.port), timeout=30) as sock:
        head = f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {send}\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
        sock.sendall(head.encode())
        chunk = b"x" * (1024 * 1024)
        sent = 0
        try:
            while sent < send:
                sock.sendall(chunk)
                sent += len(chunk)
        except OSError:
            pass  # the hub answered and closed: what we want
        sock.settimeout(10)
        answer = b""
        try:
            while data := sock.recv(65536):
                answer += data
                if b"\r\n\r\n" in answer:
                    break
        except OSError:
            pass
        return answer


@pytest.mark.skipif(sys.platform != "linux", reason="reads the hub's RSS from /proc")
def test_unauthenticated_huge_body_is_refused_without_reading_it(hub: HubProcess) -> None:
    # Before: the hub read every body into memory first (one 300 MiB body: +600 MiB).
    assert hub.proc is not None
    before = _rss_kib(hub.proc.pid)
    answer = _raw_post(hub, "/api/push", {}, send=200 * 1024 * 1024)
    assert answer.startswith(b"HTTP/1.1 401"), answer[:200]
    assert _rss_kib(hub.proc.pid) - before < 50 * 1024


def test_signed_body_over_the_cap_is_413_before_it_is_read(
    hub: HubProcess, station: Station
) -> None:
    station_id, key = _identity(station)
    size = MAX_SIGNED_BODY_BYTES + 1
    headers = sign_request(key, station_id, "POST", "/api/push", b"")  # type: ignore[arg-type]
    answer = _raw_post(hub, "/api/push", headers, send=size)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]

    def chunks():  # no Content-Length: counted while streaming
        for _ in range(MAX_SIGNED_BODY_BYTES // 65536 + 2):
            yield b"y" * 65536

    response = httpx.post(
        f"{hub.url}/api/push",
        content=chunks(),
        headers=sign_request(key, station_id, "POST", "/api/push", b""),  # type: ignore[arg-type]
    )
    assert response.status_code == 413
    assert response.json()["error"] == "body too large"


def test_deep_json_and_invalid_rows_are_400_with_a_reason(
    hub: HubProcess, station: Station
) -> None:
    # Before: deeply nested JSON and a row with a list in a text column gave 500.
    deep = b'{"code": ' + b"[" * 5_000 + b"]" * 5_000 + b"}"
    response = httpx.post(f"{hub.url}/api/enroll", content=deep)
    assert response.status_code == 400
    assert "nested" in response.json()["error"]

    station_id, key = _identity(station)
    from desktop_app.sync.row_seal import seal

    def sealed(**values: object) -> str:
        # Sealed by the pushing station, so authorship lets the row through to its columns.
        row = {"hlc": "0000000000001-0000-a", "station_id": station_id, **values}
        return json.dumps(seal(row, station_id, key))  # type: ignore[arg-type]

    for payload, reason in [
        (sealed(id="x1", full_name=["not", "text"]), "full_name"),
        ("[" * 5000 + "]" * 5000, "nested"),
        (sealed(id="x2", removed="ya"), "removed"),
        (sealed(id="x3", full_name=10**30), "full_name"),
    ]:
        body = gzip.compress(
            json.dumps(
                {"after": 0, "changes": [{"seq": 1, "table": "attendee", "payload": payload}]}
            ).encode()
        )
        response = httpx.post(
            f"{hub.url}/api/push",
            content=body,
            headers={
                **sign_request(key, station_id, "POST", "/api/push", body),  # type: ignore[arg-type]
                "Content-Encoding": "gzip",
            },
        )
        assert response.status_code == 400, response.text
        assert reason in response.json()["error"]
    hub_log = (hub.home / "hub-output.txt").read_text(errors="replace")
    assert "Traceback" not in hub_log


def test_garbled_content_length_is_400(hub: HubProcess) -> None:
    answer = _raw_post(hub, "/api/enroll", {"Content-Length": "12abc"}, send=0)
    assert answer.startswith(b"HTTP/1.1 400"), answer[:200]


def test_pairing_attempts_are_rate_limited_and_logged_once_per_burst(
    tmp_path: Path,
) -> None:
    # Before: no limit, and every failed try was a warning line.
    hub = HubProcess(tmp_path / "hub").start()
    try:
        statuses = []
        for i in range(30):
            body = json.dumps(
                {
                    "code": f"WRONG{i:03d}",
                    "station_id": "s-1",
                    "name": "Meja X",
                    "public_key": "A" * 43 + "=",
                }
            ).encode()
            response = httpx.post(f"{hub.url}/api/enroll", content=body)
            statuses.append(response.status_code)
        assert statuses[:5] == [403] * 5
        assert set(statuses[5:]) == {429}
        assert int(response.headers["Retry-After"]) > 0
        log_lines = [
            line
            for line in (hub.home / "hub-output.txt").read_text(errors="replace").splitlines()
            if "pairing" in line
        ]
        assert 1 <= len(log_lines) <= 3, log_lines
        # A right code from the blocked address must wait too (that is the point).
        code = hub.pair_code()
        body = json.dumps(
            {"code": code, "station_id": "s-1", "name": "Meja X", "public_key": "A" * 43 + "="}
        ).encode()
        assert httpx.post(f"{hub.url}/api/enroll", content=body).status_code == 429
    finally:
        hub.kill()


def test_limiter_backs_off_doubling_and_forgets_after_success() -> None:
    now = [1000.0]
    limiter = AttemptLimiter("pairing", max_failures=3, first_backoff_s=10, clock=lambda: now[0])
    for _ in range(3):
        limiter.check("10.0.0.9")
        limiter.failed("10.0.0.9", "bad code")
    with pytest.raises(Exception, match="too many"):
        limiter.check("10.0.0.9")
    limiter.check("10.0.0.8")  # another address is not affected
    now[0] += 11
    limiter.check("10.0.0.9")
    for _ in range(3):
        limiter.failed("10.0.0.9", "bad code")
    now[0] += 11
    with pytest.raises(Exception, match="too many"):
        limiter.check("10.0.0.9")  # second block: 20 s
    now[0] += 10
    limiter.check("10.0.0.9")
    limiter.succeeded("10.0.0.9")
    limiter.failed("10.0.0.9", "bad code")
    limiter.check("10.0.0.9")
    time.sleep(0)  # (the limiter keeps no threads or timers)
