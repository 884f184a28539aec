"""End-to-end HTTP benchmarks against a local server (``bench/server.py``, its own process).

Each SDK figure is a ratio against raw ``httpx`` + ``json.loads`` measured in the same run, on the
same server and through the same ``httpx.AsyncClient`` (the SDK is given it as ``http_client``,
so both share one connection pool):

* latency: one ``GET /v2/bookings/{uid}``, sequentially, ``cal.bookings.get`` (typed parse, then
  reading ``uid``/``status``) vs ``http.get`` + ``json.loads`` (the same reads); goal <= 1.05x;
* throughput: the same GET from 50 concurrent tasks, requests per second; goal >= 0.95x;
* paging: every one of 10,000 bookings, 100 per page, ``async for`` over ``cal.bookings.list``
  vs a raw ``take``/``skip`` loop (goal <= 1.15x); then the peak traced memory (tracemalloc) of paging through
  1,000 and 10,000 bookings, which should be about the same (memory stays at about one page);
* list + read: ``cal.bookings.list(take=250)`` and a walk reading every declared field of every
  model vs raw httpx + ``json.loads`` + the same walk over dicts (goal <= 1.3x), with msgspec Structs
  and pydantic v2 models decoding the same raw response beside it; and the peak traced memory of
  paging through all 10,000 bookings reading every field of each, for the four.

Rounds alternate raw and SDK so machine noise hits both alike; each figure is the best round.
"""

from __future__ import annotations

import asyncio
import gc
import json
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import msgspec

from cal_async import CalClient

from .bench_parse import _read_pydantic, _read_structs, read_dicts, read_models
from .model_candidates import MsPage, PyPage
from .server import started

API_KEY = "cal_" + "be4c" * 8
HEADERS = {
    "Authorization": f"Bearer {API_KEY}",
    "cal-api-version": "2024-08-13",
    "Accept": "application/json",
}
# Many short rounds, alternating raw and SDK, each figure the best round: on a shared machine noise
# comes in bursts of a second or so, and short rounds let both sides find the quiet moments
# (5 rounds of 1,000 calls gave GET ratios from 0.95x to 1.11x for the same code).
ROUNDS = 5
LATENCY_ROUNDS = 25
LATENCY_CALLS = 200
THROUGHPUT_ROUNDS = 10
THROUGHPUT_CALLS = 1_000
CONCURRENCY = 50
TOTAL_BOOKINGS = 10_000
PAGE = 100
LIST_READ_ROUNDS = 30


@contextmanager
def local_server(total: int = TOTAL_BOOKINGS) -> Iterator[str]:
    """Start ``bench.server`` in a subprocess; yields its base URL; stops it on exit."""
    with started("bench.server", "--total", str(total), "--lifetime", "900", fields=1) as ((port,), _):
        yield f"http://127.0.0.1:{port}"


def _http() -> httpx.AsyncClient:
    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)
    return httpx.AsyncClient(timeout=30.0, limits=limits)


async def _best_of(fns: dict[str, Callable[[], Awaitable[float]]], rounds: int = ROUNDS) -> dict[str, float]:
    """Run each timing function ``rounds`` times, alternating; keep each one's best (lowest) time."""
    best = {name: float("inf") for name in fns}
    for _ in range(rounds):
        for name, fn in fns.items():
            best[name] = min(best[name], await fn())
    return best


async def latency(base: str) -> tuple[float, float]:
    async with _http() as http:
        cal = CalClient(API_KEY, base_url=base, http_client=http)
        url = base + "/v2/bookings/uid_000001"

        async def raw() -> float:
            t = time.perf_counter()
            for _ in range(LATENCY_CALLS):
                response = await http.get(url, headers=HEADERS)
                data = json.loads(response.content)["data"]
                assert data["uid"] and data["status"]
            return (time.perf_counter() - t) / LATENCY_CALLS

        async def sdk() -> float:
            t = time.perf_counter()
            for _ in range(LATENCY_CALLS):
                booking = await cal.bookings.get("uid_000001")
                assert booking.uid and booking.status  # type: ignore[union-attr]
            return (time.perf_counter() - t) / LATENCY_CALLS

        await raw()  # warm the pool and both code paths
        await sdk()
        best = await _best_of({"raw": raw, "sdk": sdk}, LATENCY_ROUNDS)
        await cal.aclose()
    return best["raw"], best["sdk"]


async def throughput(base: str) -> tuple[float, float]:
    async with _http() as http:
        cal = CalClient(API_KEY, base_url=base, http_client=http)
        url = base + "/v2/bookings/uid_000001"
        per_task = THROUGHPUT_CALLS // CONCURRENCY

        async def raw_task() -> None:
            for _ in range(per_task):
                response = await http.get(url, headers=HEADERS)
                assert json.loads(response.content)["data"]["uid"]

        async def sdk_task() -> None:
            for _ in range(per_task):
                booking = await cal.bookings.get("uid_000001")
                assert booking.uid  # type: ignore[union-attr]

        def run(task: Callable[[], Awaitable[None]]) -> Callable[[], Awaitable[float]]:
            async def timed() -> float:
                t = time.perf_counter()
                await asyncio.gather(*(task() for _ in range(CONCURRENCY)))
                return time.perf_counter() - t

            return timed

        await run(raw_task)()
        await run(sdk_task)()
        best = await _best_of({"raw": run(raw_task), "sdk": run(sdk_task)}, THROUGHPUT_ROUNDS)
        await cal.aclose()
    total = per_task * CONCURRENCY
    return total / best["raw"], total / best["sdk"]


async def _raw_pages(http: httpx.AsyncClient, base: str, limit: int, collect: bool = False) -> int:
    count, skip = 0, 0
    while True:
        response = await http.get(base + "/v2/bookings", params={"take": PAGE, "skip": skip}, headers=HEADERS)
        body = json.loads(response.content)
        del response
        if collect:
            gc.collect()
        for item in body["data"]:
            assert item["uid"]
            count += 1
            if count >= limit:
                return count
        if not body["pagination"]["hasNextPage"]:
            return count
        skip += len(body["data"])


async def _sdk_pages(cal: CalClient, limit: int, collect: bool = False) -> int:
    count = 0
    async for booking in cal.bookings.list(take=PAGE):
        if collect and count % PAGE == 0:
            gc.collect()
        assert booking.uid
        count += 1
        if count >= limit:
            break
    return count


async def paging(base: str) -> dict[str, Any]:
    async with _http() as http:
        cal = CalClient(API_KEY, base_url=base, http_client=http)

        async def raw() -> float:
            t = time.perf_counter()
            assert await _raw_pages(http, base, TOTAL_BOOKINGS) == TOTAL_BOOKINGS
            return time.perf_counter() - t

        async def sdk() -> float:
            t = time.perf_counter()
            assert await _sdk_pages(cal, TOTAL_BOOKINGS) == TOTAL_BOOKINGS
            return time.perf_counter() - t

        await raw()  # warm the server's page cache and the pool
        await sdk()
        best = await _best_of({"raw": raw, "sdk": sdk})

        # Peak traced memory over 10 and 100 pages. Without a collection per page the peak is
        # dominated by cyclic garbage (httpx/asyncio objects) waiting for the collector, for the raw
        # loop just as much; with one it is the working set, which must not grow with the pages.
        peaks: dict[tuple[str, bool, int], int] = {}
        for collect in (True, False):
            for limit in (1_000, TOTAL_BOOKINGS):
                for name in ("raw", "sdk"):
                    gc.collect()
                    tracemalloc.start()
                    if name == "raw":
                        assert await _raw_pages(http, base, limit, collect) == limit
                    else:
                        assert await _sdk_pages(cal, limit, collect) == limit
                    peaks[(name, collect, limit)] = tracemalloc.get_traced_memory()[1]
                    tracemalloc.stop()
        await cal.aclose()
    return {"raw": best["raw"], "sdk": best["sdk"], "peaks": peaks}


async def list_and_read(base: str) -> tuple[dict[str, float], int]:
    """One page of 250 bookings, every field read recursively: ``cal.bookings.list(take=250)``
    and the model walk vs ``http.get`` + ``json.loads`` + the same walk over dicts; msgspec and
    pydantic decode the same raw response, then the same walk over their models."""
    ms_page = msgspec.json.Decoder(MsPage)
    async with _http() as http:
        cal = CalClient(API_KEY, base_url=base, http_client=http)
        url = base + "/v2/bookings"

        async def raw_body() -> bytes:
            response = await http.get(url, params={"take": 250, "skip": 0}, headers=HEADERS)
            return response.content

        async def raw() -> float:
            t = time.perf_counter()
            reads = read_dicts(json.loads(await raw_body())["data"])
            elapsed = time.perf_counter() - t
            assert reads > 9_000
            return elapsed

        async def sdk() -> float:
            t = time.perf_counter()
            page = await cal.bookings.list(take=250)
            reads = read_models(page.items)
            elapsed = time.perf_counter() - t
            assert reads > 9_000
            return elapsed

        async def with_msgspec() -> float:
            t = time.perf_counter()
            _read_structs(ms_page.decode(await raw_body()))
            return time.perf_counter() - t

        async def with_pydantic() -> float:
            t = time.perf_counter()
            _read_pydantic(PyPage.model_validate_json(await raw_body()))
            return time.perf_counter() - t

        ways: dict[str, Callable[[], Awaitable[float]]] = {
            "raw": raw,
            "sdk": sdk,
            "msgspec": with_msgspec,
            "pydantic": with_pydantic,
        }
        for _ in range(3):  # warm the server's page cache, the pool and the model imports
            for way in ways.values():
                await way()
        best = await _best_of(ways, LIST_READ_ROUNDS)
        await cal.aclose()
    return best, read_models((await _one_page(base)).items)


async def _read_while_paging(base: str, http: httpx.AsyncClient, cal: CalClient, way: str) -> int:
    """Page through every booking (100 a page, a collection after each page) reading every field."""
    if way == "sdk":
        count = 0
        async for booking in cal.bookings.list(take=PAGE):
            if count % PAGE == 0:
                gc.collect()
            read_models(booking)
            count += 1
        return count
    decode: Callable[[bytes], Any] = {
        "raw": lambda body: json.loads(body),
        "msgspec": msgspec.json.Decoder(MsPage).decode,
        "pydantic": PyPage.model_validate_json,
    }[way]
    walks: dict[str, Callable[[Any], Any]] = {
        "raw": read_dicts,
        "msgspec": _read_structs,
        "pydantic": _read_pydantic,
    }
    read = walks[way]
    count, skip = 0, 0
    while True:
        response = await http.get(base + "/v2/bookings", params={"take": PAGE, "skip": skip}, headers=HEADERS)
        page = decode(response.content)
        del response
        gc.collect()
        read(page)
        items = page["data"] if way == "raw" else page.data
        count += len(items)
        if count >= TOTAL_BOOKINGS:
            return count
        skip += len(items)


async def reading_memory(base: str) -> dict[str, int]:
    """Peak traced memory (tracemalloc) of paging through all bookings reading every field."""
    peaks: dict[str, int] = {}
    async with _http() as http:
        cal = CalClient(API_KEY, base_url=base, http_client=http)
        for way in ("raw", "sdk", "msgspec", "pydantic"):
            await _read_while_paging(base, http, cal, way)  # warm: imports, caches, compiled decoders
            gc.collect()
            tracemalloc.start()
            assert await _read_while_paging(base, http, cal, way) == TOTAL_BOOKINGS
            peaks[way] = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        await cal.aclose()
    return peaks


async def _one_page(base: str) -> Any:
    async with CalClient(API_KEY, base_url=base) as cal:
        return await cal.bookings.list(take=250)


async def _main() -> None:
    with local_server() as base:
        best, fields = await list_and_read(base)
        raw_list = best["raw"]
        print(
            f"list 250 bookings + read every field ({fields} fields), best of {LIST_READ_ROUNDS}: "
            f"raw httpx + json.loads + dict walk {raw_list * 1e3:.2f} ms, cal.bookings.list + model walk "
            f"{best['sdk'] * 1e3:.2f} ms, raw httpx + msgspec {best['msgspec'] * 1e3:.2f} ms, "
            f"raw httpx + pydantic {best['pydantic'] * 1e3:.2f} ms"
        )
        print(f"list+read ratio cal_async / raw httpx = {best['sdk'] / raw_list:.2f}x (goal <= 1.3x)")
        print(
            f"  beside it: raw httpx + msgspec Structs {best['msgspec'] / raw_list:.2f}x, "
            f"raw httpx + pydantic v2 {best['pydantic'] / raw_list:.2f}x"
        )
        raw_latency, sdk_latency = await latency(base)
        print(
            f"GET one booking: raw httpx + json.loads {raw_latency * 1e6:.0f} us, "
            f"cal.bookings.get {sdk_latency * 1e6:.0f} us (best of {LATENCY_ROUNDS} x {LATENCY_CALLS})"
        )
        print(f"GET ratio cal.bookings.get / raw httpx = {sdk_latency / raw_latency:.2f}x (goal <= 1.05x)")
        raw_rps, sdk_rps = await throughput(base)
        print(
            f"throughput at concurrency {CONCURRENCY}: raw httpx {raw_rps:.0f} req/s, "
            f"cal.bookings.get {sdk_rps:.0f} req/s"
        )
        print(f"throughput ratio cal_async / raw httpx = {sdk_rps / raw_rps:.2f}x (goal >= 0.95x)")
        result = await paging(base)
        print(
            f"paging {TOTAL_BOOKINGS} bookings ({TOTAL_BOOKINGS // PAGE} pages of {PAGE}): "
            f"raw loop {result['raw']:.2f} s, async for over cal.bookings.list {result['sdk']:.2f} s"
        )
        print(f"paging ratio cal_async / raw loop = {result['sdk'] / result['raw']:.2f}x (goal <= 1.15x)")
        peaks = result["peaks"]
        kib = {key: value / 1024 for key, value in peaks.items()}
        big = TOTAL_BOOKINGS
        print(
            "paging peak memory, gc after each page (tracemalloc): "
            f"cal_async {kib[('sdk', True, 1_000)]:.0f} KiB for 10 pages, {kib[('sdk', True, big)]:.0f} KiB "
            f"for 100; raw loop {kib[('raw', True, 1_000)]:.0f} / {kib[('raw', True, big)]:.0f} KiB"
        )
        growth = peaks[("sdk", True, big)] / peaks[("sdk", True, 1_000)]
        print(f"paging peak memory ratio 100 pages / 10 pages (cal_async) = {growth:.2f}x (flat: ~1.0x)")
        print(
            f"paging peak memory ratio cal_async / raw loop (100 pages) = "
            f"{peaks[('sdk', True, big)] / peaks[('raw', True, big)]:.2f}x"
        )
        print(
            "  without a gc per page (cyclic garbage included): "
            f"cal_async {kib[('sdk', False, 1_000)]:.0f} / {kib[('sdk', False, big)]:.0f} KiB, "
            f"raw loop {kib[('raw', False, 1_000)]:.0f} / {kib[('raw', False, big)]:.0f} KiB (10 / 100 pages)"
        )
        kib = {way: peak / 1024 for way, peak in (await reading_memory(base)).items()}
        print(
            f"paging {TOTAL_BOOKINGS} bookings reading every field, peak memory (tracemalloc, gc after "
            f"each page): raw httpx + json.loads {kib['raw']:.0f} KiB, cal_async {kib['sdk']:.0f} KiB, "
            f"raw httpx + msgspec {kib['msgspec']:.0f} KiB, raw httpx + pydantic {kib['pydantic']:.0f} KiB"
        )
        ratio = {way: value / kib["raw"] for way, value in kib.items()}
        print(
            f"reading memory ratio cal_async / raw httpx + json.loads = {ratio['sdk']:.2f}x "
            f"(msgspec {ratio['msgspec']:.2f}x, pydantic {ratio['pydantic']:.2f}x)"
        )


def main() -> None:
    asyncio.run(_main())


if __name__ == "__main__":
    main()
