"""The fake Cal.com (``cal_async.testing.FakeCal``) served over HTTP with a time-scaled rate limit.

``python -m bench.throttled_fake --limit 20 --window 2 --block 6`` serves it on a free loopback
port, prints ``READY <port> <api key>``, and serves until stdin closes (the parent exits) or
``--lifetime`` seconds pass; it then prints ``STATS {"ok": .., "throttled": .., "blocks": ..}``:
requests let through, requests answered 429, and blocks entered (a caller went over its limit).

The fake's throttler is used as it is; only its calls are counted. With ``--hostile`` every third
response (429s included) carries a hostile ``X-RateLimit-Reset-Default`` instead of the true one,
in turn each of ``HOSTILE_RESETS``: the throttler still enforces its window and block.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import socket
from collections.abc import Iterator
from subprocess import Popen
from typing import Any

import attrs

from cal_async.testing import FakeCal, RateLimiter

from .server import started, until_parent_exits

HOST = "127.0.0.1"
#: What a broken or hostile server or proxy may send as a reset (seconds from now).
HOSTILE_RESETS = ("99999999", "1e300", "-5", "nan")


@attrs.define
class CountingRateLimiter(RateLimiter):
    """The fake's throttler, counting what it decided."""

    ok: int = 0
    throttled: int = 0
    blocks: int = 0
    hostile: bool = False

    def hit(self, caller: str, now: float, kind: str = "default") -> Any:
        before = self._buckets.get(caller)
        was_blocked = before is not None and now < before.blocked_until
        headers, error = super().hit(caller, now, kind)
        answered = self.ok + self.throttled
        if error is None:
            self.ok += 1
        else:
            self.throttled += 1
            self.blocks += not was_blocked
        if self.hostile and answered % 3 == 2:
            headers[f"X-RateLimit-Reset-{self.name}"] = HOSTILE_RESETS[answered // 3 % len(HOSTILE_RESETS)]
        return headers, error


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


async def serve(limit: int, window: float, block: float, lifetime: float, hostile: bool) -> None:
    import uvicorn

    fake = FakeCal()
    limiter = CountingRateLimiter(limit, window, block, hostile=hostile)
    fake.rate_limiter = limiter
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(fake.app, host=HOST, port=port, log_level="warning", lifespan="off", access_log=False)
    )
    task = asyncio.create_task(server.serve())
    while not server.started:
        if task.done():
            task.result()  # raises what stopped it
            return
        await asyncio.sleep(0.01)
    print(f"READY {port} {fake.api_key}", flush=True)
    await until_parent_exits(lifetime)
    stats = {"ok": limiter.ok, "throttled": limiter.throttled, "blocks": limiter.blocks}
    print("STATS " + json.dumps(stats), flush=True)
    server.should_exit = True
    await task


@attrs.define
class Served:
    """A running throttled fake: its base URL and API key; ``stats()`` stops it and counts."""

    url: str
    api_key: str
    proc: Popen[str]

    def stats(self) -> dict[str, int]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()
        for line in self.proc.stdout:
            if line.startswith("STATS "):
                counts: dict[str, int] = json.loads(line[6:])
                return counts
        raise RuntimeError("the throttled fake exited without its counts")


@contextlib.contextmanager
def throttled_fake(
    limit: int, window: float, block: float, lifetime: float = 300.0, *, hostile: bool = False
) -> Iterator[Served]:
    """Run the server in its own process (so it does not share the clients' interpreter lock)."""
    args = ["--limit", str(limit), "--window", str(window), "--block", str(block)]
    args += ["--hostile"] if hostile else []
    with started("bench.throttled_fake", *args, "--lifetime", str(lifetime), fields=2) as ((port, key), proc):
        yield Served(f"http://{HOST}:{port}", key, proc)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.throttled_fake", description=__doc__)
    parser.add_argument("--limit", type=int, required=True, help="requests per window per caller")
    parser.add_argument("--window", type=float, required=True, help="window length, seconds")
    parser.add_argument("--block", type=float, required=True, help="block after going over, seconds")
    parser.add_argument("--lifetime", type=float, default=300.0)
    parser.add_argument("--hostile", action="store_true", help="mix hostile Reset values into responses")
    args = parser.parse_args()
    asyncio.run(serve(args.limit, args.window, args.block, args.lifetime, args.hostile))


if __name__ == "__main__":
    main()
