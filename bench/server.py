"""A minimal, fast local Cal.com look-alike for the HTTP benchmarks (127.0.0.1 only).

Run as its own process (``python -m bench.server``) so that it does not share the benchmark's
interpreter lock: it prints ``READY <port>`` and serves until stdin closes (the parent exits) or
``--lifetime`` seconds pass. HTTP/1.1 keep-alive over asyncio streams, bodies encoded once:

* ``GET /v2/bookings/{uid}``: one booking;
* ``GET /v2/bookings?take=&skip=``: a page of a list of ``--total`` bookings, with the server's
  ``pagination`` object.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .bench_parse import booking

HOST = "127.0.0.1"


class Server:
    def __init__(self, total: int) -> None:
        self.total = total
        self._pages: dict[tuple[int, int], bytes] = {}
        self._one = self._encode({"status": "success", "data": booking(1)})

    @staticmethod
    def _encode(value: Any) -> bytes:
        return json.dumps(value, separators=(",", ":")).encode()

    def page(self, skip: int, take: int) -> bytes:
        key = (skip, take)
        body = self._pages.get(key)
        if body is None:
            end = min(self.total, skip + take)
            body = self._encode(
                {
                    "status": "success",
                    "data": [booking(i) for i in range(skip, end)],
                    "pagination": {
                        "totalItems": self.total,
                        "remainingItems": self.total - end,
                        "returnedItems": end - skip,
                        "itemsPerPage": take,
                        "currentPage": skip // take + 1,
                        "totalPages": -(-self.total // take),
                        "hasNextPage": end < self.total,
                        "hasPreviousPage": skip > 0,
                    },
                }
            )
            if len(self._pages) < 1000:
                self._pages[key] = body
        return body

    def route(self, target: str) -> tuple[int, bytes]:
        url = urlsplit(target)
        if url.path == "/v2/bookings":
            query = parse_qs(url.query)
            take = int(query.get("take", ["100"])[0])
            skip = int(query.get("skip", ["0"])[0])
            return 200, self.page(skip, take)
        if url.path.startswith("/v2/bookings/"):
            return 200, self._one
        return 404, b'{"status":"error","error":{"code":"NotFoundException","message":"no route"}}'

    async def connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except asyncio.IncompleteReadError:
                    break
                first, _, rest = head.partition(b"\r\n")
                length = 0
                for line in rest.split(b"\r\n"):
                    if line[:15].lower() == b"content-length:":
                        length = int(line[15:])
                if length:
                    await reader.readexactly(length)
                status, body = self.route(first.split(b" ")[1].decode("latin-1"))
                writer.write(
                    b"HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n"
                    b"X-RateLimit-Limit-Default: 1000000\r\nX-RateLimit-Remaining-Default: 999999\r\n"
                    b"X-RateLimit-Reset-Default: 60\r\n\r\n"
                    % (status, b"OK" if status == 200 else b"Not Found", len(body))
                    + body
                )
                await writer.drain()
        except (ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()


async def serve(total: int, lifetime: float) -> None:
    app = Server(total)
    server = await asyncio.start_server(app.connection, HOST, 0, backlog=512)
    print(f"READY {server.sockets[0].getsockname()[1]}", flush=True)
    await until_parent_exits(lifetime)
    server.close()


async def until_parent_exits(lifetime: float) -> None:
    """Return once stdin reaches EOF (the parent closed it or exited), or after ``lifetime`` s."""
    loop = asyncio.get_running_loop()
    parent_gone = asyncio.Event()

    def watch_stdin() -> None:
        sys.stdin.read()
        loop.call_soon_threadsafe(parent_gone.set)

    threading.Thread(target=watch_stdin, daemon=True).start()
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(parent_gone.wait(), timeout=lifetime)


@contextlib.contextmanager
def started(module: str, *args: str, fields: int) -> Iterator[tuple[list[str], subprocess.Popen[str]]]:
    """Run ``python -m module args`` (a server like this one) until it prints ``READY`` and
    ``fields`` values (the port first); yields them and the process. On exit its stdin is closed,
    which stops it, and it is waited for."""
    proc = subprocess.Popen(
        [sys.executable, "-m", module, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().split()
        if len(line) != fields + 1 or line[0] != "READY":
            raise RuntimeError(f"{module} did not start: {line}")
        yield line[1:], proc
    finally:
        if proc.stdin is not None and not proc.stdin.closed:
            proc.stdin.close()  # the server exits on EOF
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(15)
        if proc.stdout is not None:
            proc.stdout.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--total", type=int, default=10_000)
    parser.add_argument("--lifetime", type=float, default=600.0)
    args = parser.parse_args()
    asyncio.run(serve(args.total, args.lifetime))


if __name__ == "__main__":
    main()
