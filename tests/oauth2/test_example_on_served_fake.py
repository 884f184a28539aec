"""The README's steps for examples/fastapi_oauth against the command-line fake, run as a user would:
``python -m cal_async.testing --oauth-client ...`` in one process, the printed ``export`` line given
to ``uvicorn examples.fastapi_oauth.app:create_app --factory`` in another, and a browser (an httpx
client keeping cookies) going through /login, Cal.com's authorize page, /callback and /me."""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.fake.test_served import free_port, wait_until_up

pytest.importorskip("uvicorn")
pytest.importorskip("fastapi")
ROOT = Path(__file__).resolve().parents[2]


def _spawn(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    path = str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")
    return subprocess.Popen(
        [sys.executable, *args],
        cwd=ROOT,
        env={**os.environ, **(env or {}), "PYTHONPATH": path},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _stop(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


@pytest.fixture
def served_fake() -> Iterator[tuple[str, dict[str, str]]]:
    """The CLI fake with an OAuth client for the app's callback: its URL and the exported settings."""
    app_port = free_port()
    fake = _spawn(
        "-m", "cal_async.testing", "--port", "0", "--oauth-client", f"http://localhost:{app_port}/callback"
    )
    try:
        assert fake.stdout is not None
        banner = fake.stdout.readline()
        url = banner.split(" on ")[1].split()[0]
        export = fake.stdout.readline()
        assert export.startswith("export "), export
        settings = dict(item.split("=", 1) for item in shlex.split(export.removeprefix("export ")))
        settings["APP_PORT"] = str(app_port)
        yield url, settings
    finally:
        _stop(fake)


def test_the_example_runs_against_the_command_line_fake(served_fake: tuple[str, dict[str, str]]) -> None:
    url, settings = served_fake
    assert settings["CAL_API_URL"] == settings["CAL_APP_URL"] == url
    assert set(settings) == {
        "CAL_API_URL",
        "CAL_APP_URL",
        "CAL_OAUTH_CLIENT_ID",
        "CAL_OAUTH_CLIENT_SECRET",
        "CAL_OAUTH_REDIRECT_URI",
        "APP_PORT",
    }
    port = settings.pop("APP_PORT")
    app = _spawn(
        "-m",
        "uvicorn",
        "examples.fastapi_oauth.app:create_app",
        "--factory",
        "--port",
        port,
        "--log-level",
        "warning",
        env=settings,
    )
    try:
        base = f"http://localhost:{port}"
        wait_until_up(base + "/me")
        with httpx.Client(follow_redirects=True, timeout=10) as browser:
            # /login -> Cal.com's authorize page (the fake consents at once) -> /callback -> /me
            me = browser.get(base + "/login")
            hops = [str(r.url).split("?")[0] for r in me.history]
            assert hops == [f"{base}/login", f"{url}/auth/oauth2/authorize", f"{base}/callback"]
            assert me.status_code == 200 and me.json()["username"] == "fake-host"
            assert browser.get(base + "/bookings").json() == {"count": 0}
            # A second login with a forged state is refused by the app, before Cal.com is asked.
            browser.get(base + "/login", follow_redirects=False)
            forged = browser.get(base + "/callback", params={"code": "x", "state": "forged"})
            assert forged.status_code == 400 and forged.json()["error"] == "state_mismatch"
    finally:
        _stop(app)
    assert app.stderr is not None
    assert "Traceback" not in app.stderr.read()
