"""One OS process of the shared-budget runs: ``concurrency`` tasks calling ``GET /v2/me`` with one key.

``python -m bench.ratebudget_worker --url U --api-key K --concurrency 10 --duration 30
[--requests N] [--redis redis://...] --limit 20 --window 2 --block 6 --start-at T
[--clock-rate 0.6]``

Without ``--redis`` the client paces in-process (``RetryPolicy(pacing=True)``); with it, it takes
its slots from a :class:`cal_async.RedisRateBudget`. The tasks start at the wall-clock time
``--start-at`` (so that every process starts together) and stop after ``--duration`` seconds or
once ``--requests`` calls were made in all. Prints ``RESULT {"ok": .., "rate_limited": ..,
"errors": {name: count}, "elapsed": seconds}``.

``--clock-rate 0.6`` runs the process on a clock that runs at 0.6 times real time: its event
loop's (so every sleep and timeout lasts 1/0.6 times as long) and the SDK's (retry policy and
budget). The run's duration stays in real seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cal_async import CalClient, RateLimitError, RedisRateBudget, RetryPolicy, ServerLimits
from cal_async.rate_budget import RateBudget


async def run(args: argparse.Namespace) -> dict[str, object]:
    clock = asyncio.get_running_loop().time  # the process's clock (see --clock-rate)
    budget: RateBudget | None = None
    if args.redis:
        limits = ServerLimits(api_key=args.limit, window=args.window, block=args.block)
        budget = RedisRateBudget(args.redis, limits=limits, clock=clock)
    policy = RetryPolicy(pacing=True, max_wait=args.max_wait, deadline=args.deadline, clock=clock)
    counts: collections.Counter[str] = collections.Counter()
    left = [args.requests if args.requests else -1]
    await asyncio.sleep(max(0.0, args.start_at - time.time()) * args.clock_rate)  # real seconds
    started = time.monotonic()
    stop_at = started + args.duration
    async with CalClient(args.api_key, base_url=args.url, retry_policy=policy, rate_budget=budget) as cal:

        async def task() -> None:
            while time.monotonic() < stop_at and left[0] != 0:
                left[0] -= 1
                try:
                    await cal.me.get()
                    counts["ok"] += 1
                except RateLimitError:
                    counts["rate_limited"] += 1
                except Exception as exc:  # counted, so the run goes on and reports it
                    counts["error:" + type(exc).__name__] += 1

        await asyncio.gather(*(task() for _ in range(args.concurrency)))
    elapsed = time.monotonic() - started
    if isinstance(budget, RedisRateBudget):
        await budget.aclose()
    errors = {name[6:]: n for name, n in counts.items() if name.startswith("error:")}
    return {"ok": counts["ok"], "rate_limited": counts["rate_limited"], "errors": errors, "elapsed": elapsed}


def run_workers(
    processes: int, base_url: str, api_key: str, *options: str, first_only: Sequence[str] = ()
) -> list[dict[str, Any]]:
    """Run ``processes`` workers with these command-line ``options`` (all starting together), the
    first one with ``first_only`` options too; returns each one's RESULT."""
    start_at = time.time() + 3  # every process imports first, then all start together
    args = [sys.executable, "-m", "bench.ratebudget_worker", "--url", base_url, "--api-key", api_key]
    args += [*options, "--start-at", str(start_at)]
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    procs = [
        subprocess.Popen(
            [*args, *(first_only if index == 0 else ())], cwd=root, env=env, stdout=subprocess.PIPE, text=True
        )
        for index in range(processes)
    ]
    results = []
    for proc in procs:
        out, _ = proc.communicate(timeout=300)
        line = next((line for line in out.splitlines() if line.startswith("RESULT ")), None)
        if proc.returncode != 0 or line is None:
            raise RuntimeError(f"a worker failed: {out}")
        results.append(json.loads(line[7:]))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.ratebudget_worker", description=__doc__)
    parser.add_argument("--url", required=True)
    parser.add_argument("--api-key", required=True)
    parser.add_argument("--concurrency", type=int, default=10)
    parser.add_argument("--duration", type=float, default=30.0)
    parser.add_argument("--requests", type=int, default=0, help="stop after this many calls (0: no cap)")
    parser.add_argument("--redis", default=None, help="share the budget through this Redis")
    parser.add_argument("--limit", type=int, default=120)
    parser.add_argument("--window", type=float, default=60.0)
    parser.add_argument("--block", type=float, default=60.0)
    parser.add_argument("--max-wait", type=float, default=60.0)
    parser.add_argument("--deadline", type=float, default=120.0)
    parser.add_argument("--start-at", type=float, default=0.0)
    parser.add_argument("--clock-rate", type=float, default=1.0, help="this process's clock speed")
    args = parser.parse_args()
    loop = asyncio.new_event_loop()
    if args.clock_rate != 1.0:
        real_time, rate = loop.time, args.clock_rate
        # asyncio schedules every timer by loop.time(): slowed, each sleep lasts 1/rate as long.
        loop.time = lambda: rate * real_time()  # type: ignore[method-assign]
    try:
        result = loop.run_until_complete(run(args))
    finally:
        loop.close()
    print("RESULT " + json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
