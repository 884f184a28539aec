"""Start and stop a Prism mock server (``@stoplight/prism-cli``) on 127.0.0.1 and a free port.

Prism is installed by ``make prism`` (and ``.ci/run``) into ``.tools/node`` from the committed
``package.json``/``package-lock.json``; ``CAL_PRISM`` overrides the executable.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PRISM = ROOT / ".tools" / "node" / "node_modules" / ".bin" / "prism"
HOST = "127.0.0.1"
START_TIMEOUT = 90.0  # seconds; Prism parses the 870 KB document in about 2 s
STOP_TIMEOUT = 10.0


class PrismUnavailable(RuntimeError):
    """Prism is not installed, or Node.js is missing."""


def prism_executable() -> Path:
    override = os.environ.get("CAL_PRISM")
    path = Path(override) if override else DEFAULT_PRISM
    if not path.is_file():
        raise PrismUnavailable(f"Prism not found at {path}: run `make prism` (or set CAL_PRISM)")
    if shutil.which("node") is None:
        raise PrismUnavailable("node is not on PATH; Prism needs Node.js 20+")
    return path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _tail(log: Path, lines: int = 30) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def _wait_ready(proc: subprocess.Popen[bytes], base_url: str, log: Path) -> None:
    """Poll until Prism answers HTTP (any status), the process dies, or the time runs out."""
    deadline = time.monotonic() + START_TIMEOUT
    with httpx.Client(timeout=2.0) as client:
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"Prism exited with {proc.returncode} while starting:\n{_tail(log)}")
            try:
                # Any operation-less path: Prism answers 404 NO_PATH_MATCHED_ERROR once it listens.
                client.get(base_url + "/__prism_readiness__")
                return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"Prism did not answer within {START_TIMEOUT:.0f} s:\n{_tail(log)}")
            time.sleep(0.1)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    # Prism runs in its own process group (start_new_session), which we created: signal that group
    # so a helper it may have forked goes too.
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(STOP_TIMEOUT)


@contextmanager
def run_prism(spec: Path, log: Path, *, dynamic: bool = False, seed: str | None = None) -> Iterator[str]:
    """Run ``prism mock`` on ``spec``; yields the base URL, stops the process on exit."""
    exe = prism_executable()
    port = free_port()
    cmd = [str(exe), "mock", str(spec), "-h", HOST, "-p", str(port), "-v", "warn"]
    if dynamic:
        cmd.append("--dynamic")
        if seed is not None:
            cmd += ["--seed", seed]
    with log.open("wb") as out:
        proc = subprocess.Popen(
            cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True
        )
    base_url = f"http://{HOST}:{port}"
    try:
        _wait_ready(proc, base_url, log)
        yield base_url
    finally:
        _stop(proc)
