"""Several processes, one API key: in-process pacing against the budget shared through Redis.

4 OS processes (``bench.ratebudget_worker``), each with 10 concurrent tasks calling
``GET /v2/me`` with one API key, for 30 s, against the fake served over HTTP with a time-scaled
limit (``bench.throttled_fake``: 20 requests per 2 s window, a 6 s block for going over; Cal.com's
is 120 per 60 s with a 60 s block). Run (a) paces in-process only (``RetryPolicy(pacing=True)``);
run (b) takes its slots from a ``RedisRateBudget`` on a throwaway ``redis-server``; run (c) is (b)
with hostile ``X-RateLimit-Reset-Default`` values (99999999, 1e300, -5, nan in turn) on every third
response, and run (d) is (b) with the first process's clock running at 0.6x real time. All retry
a 429 the SDK's default way (waiting out the block). Counted by the server: requests completed,
429s, blocks entered; achieved rate / allowed rate = completed / elapsed / (20 / 2 s).

Goals for (b), (c) and (d): 0 blocks, at most one 429 per window, achieved / allowed >= 0.9; for
(d), the slow process completes at least half the mean of the others.
``python -m bench ratebudget`` runs only this.
"""

from __future__ import annotations

from typing import Any

from .ratebudget_worker import run_workers
from .redis_server import running_redis
from .throttled_fake import throttled_fake

PROCESSES, CONCURRENCY, DURATION = 4, 10, 30.0
LIMIT, WINDOW, BLOCK = 20, 2.0, 6.0


def _run(redis_url: str | None, *, hostile: bool = False, slow_first: bool = False) -> dict[str, Any]:
    with throttled_fake(LIMIT, WINDOW, BLOCK, hostile=hostile) as served:
        results = run_workers(
            PROCESSES,
            served.url,
            served.api_key,
            *("--concurrency", str(CONCURRENCY), "--duration", str(DURATION)),
            *("--limit", str(LIMIT), "--window", str(WINDOW), "--block", str(BLOCK)),
            *(("--redis", redis_url) if redis_url else ()),
            first_only=("--clock-rate", "0.6") if slow_first else (),
        )
        stats = served.stats()
    elapsed = max(float(r["elapsed"]) for r in results)
    errors: dict[str, int] = {}
    for result in results:
        for name, count in result["errors"].items():
            errors[name] = errors.get(name, 0) + count
    return {
        "completed": stats["ok"],
        "throttled": stats["throttled"],
        "blocks": stats["blocks"],
        "elapsed": elapsed,
        "windows": elapsed / WINDOW,
        "ratio": stats["ok"] / elapsed / (LIMIT / WINDOW),
        "client_errors": sum(errors.values()) + sum(int(r["rate_limited"]) for r in results),
        "per_process": "/".join(str(r["ok"]) for r in results),
        "first_share": results[0]["ok"] / (sum(r["ok"] for r in results[1:]) / (len(results) - 1)),
    }


def _line(name: str, run: dict[str, Any]) -> str:
    return (
        f"ratebudget {name}: {run['completed']:.0f} completed, {run['throttled']:.0f} 429s "
        f"({run['throttled'] / run['windows']:.2f} per window), {run['blocks']:.0f} blocks entered, "
        f"achieved/allowed rate {run['ratio']:.2f} over {run['elapsed']:.1f} s; "
        f"calls that failed {run['client_errors']:.0f}; completed per process {run['per_process']}"
    )


def main() -> None:
    print(
        f"ratebudget: {PROCESSES} processes x concurrency {CONCURRENCY}, one API key, "
        f"server limit {LIMIT} per {WINDOW:g} s, {BLOCK:g} s block, {DURATION:g} s per run"
    )
    local = _run(None)
    print(_line("(a) in-process pacing", local))
    with running_redis() as redis:
        runs = {
            "(b) Redis budget     ": _run(redis.url),
            "(c) (b), hostile     ": _run(redis.url, hostile=True),
            "(d) (b), one at 0.6x ": _run(redis.url, slow_first=True),
        }
    for name, run in runs.items():
        print(_line(name, run))
    for name, run in runs.items():
        goals = [
            f"blocks {run['blocks']:.0f} (goal 0)",
            f"429s per window {run['throttled'] / run['windows']:.2f} (goal <= 1)",
            f"achieved/allowed {run['ratio']:.2f} (goal >= 0.9)",
        ]
        met = run["blocks"] == 0 and run["throttled"] <= run["windows"] and run["ratio"] >= 0.9
        if name.startswith("(d)"):
            goals.append(f"slow process / mean of the others {run['first_share']:.2f} (goal >= 0.5)")
            met = met and run["first_share"] >= 0.5
        print(f"ratebudget goals for {name.strip()}: {'; '.join(goals)}: {'met' if met else 'NOT met'}")


if __name__ == "__main__":
    main()
