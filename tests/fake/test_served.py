"""The fake served over real HTTP: the CLI entry point, and client timeouts against slow responses."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from cal_async.testing import FakeCal

uvicorn = pytest.importorskip("uvicorn")
REPO_ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(url: str, deadline: float = 10.0) -> None:
    started = time.monotonic()
    while time.monotonic() - started < deadline:
        try:
            httpx.get(url, timeout=0.5)
            return
        except httpx.TransportError:
            time.sleep(0.05)
    raise AssertionError(f"{url} did not come up")


@pytest.fixture
def served() -> Iterator[tuple[FakeCal, str]]:
    fake = FakeCal()
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(fake.app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    wait_until_up(base + "/v2/me")
    yield fake, base
    server.should_exit = True
    thread.join(timeout=5)


def test_slow_response_trips_a_client_timeout(served: tuple[FakeCal, str]) -> None:
    fake, base = served
    headers = {"Authorization": f"Bearer {fake.api_key}"}
    fake.inject(delay=1.0, path_prefix="/v2/me")
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(base + "/v2/me", headers=headers, timeout=0.2)
    response = httpx.get(base + "/v2/me", headers=headers, timeout=2)
    assert response.status_code == 200 and response.headers["x-request-id"]


def test_cli_serves_a_fresh_fake() -> None:
    port = free_port()
    key = "cal_" + "ab" * 16
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    process = subprocess.Popen(
        [sys.executable, "-m", "cal_async.testing", "--port", str(port), "--api-key", key],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base + "/v2/me")
        me = httpx.get(base + "/v2/me", headers={"Authorization": f"Bearer {key}"})
        assert me.status_code == 200 and me.json()["data"]["username"] == "fake-host"
        assert httpx.get(base + "/v2/me").status_code == 401
    finally:
        process.terminate()
        process.wait(timeout=5)
    assert process.stdout is not None and key in process.stdout.read()


def _cli(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.Popen(
        [sys.executable, "-m", "cal_async.testing", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_cli_banner_comes_once_the_port_is_bound() -> None:
    """A script may connect as soon as it reads the banner (no polling); port 0 names the real port."""
    process = _cli("--port", "0")
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        url = banner.split(" on ")[1].split()[0]
        key = banner.rsplit("api key=", 1)[1].strip()
        assert not url.endswith(":0")
        me = httpx.get(url + "/v2/me", headers={"Authorization": f"Bearer {key}"}, timeout=5)  # no retry
        assert me.status_code == 200
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=10)
    assert process.returncode == 0


def test_cli_prints_no_banner_when_it_cannot_bind() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        process = _cli("--port", str(taken.getsockname()[1]))
        out, err = process.communicate(timeout=20)
    assert process.returncode != 0
    assert out == "" and "address already in use" in err.lower()
