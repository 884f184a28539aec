"""A raw HTTP/1.1 server on 127.0.0.1 running its own event loop in a background thread.

It speaks HTTP itself (asyncio streams, keep-alive, Content-Length bodies) so that a subclass can
do what a well-behaved ASGI app cannot: reset a connection, cut a body short, send it a byte at a
time, answer after the client gave up. Being in its own thread, it serves clients on any event
loop (asyncio or trio). It is bounded: it stops by itself after ``lifetime`` seconds.

A subclass implements ``_serve(request, writer) -> bool`` (False closes the connection) and may
raise :class:`ResetConnection` to drop the connection with an RST.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import socket
import struct
import threading
from typing import Self
from urllib.parse import parse_qs, urlsplit

import attrs

HOST = "127.0.0.1"
REASONS = {
    200: "OK",
    201: "Created",
    401: "Unauthorized",
    404: "Not Found",
    429: "Too Many Requests",
    498: "Token Expired",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


@attrs.define
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes


class ResetConnection(Exception):
    """Drop the connection with an RST."""


class RawHTTPServer:
    """``with Subclass(...) as server: ... server.base_url ...``; counts open connections."""

    def __init__(self, *, lifetime: float = 120.0) -> None:
        self.lifetime = lifetime
        self.port = 0
        # Written only by the server's loop thread.
        self.stats: collections.Counter[str] = collections.Counter()
        self.open_connections = 0
        self.max_open_connections = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name=type(self).__name__, daemon=True)
        self._error: BaseException | None = None
        self._handlers: set[asyncio.Task[None]] = set()

    async def _serve(self, request: Request, writer: asyncio.StreamWriter) -> bool:
        raise NotImplementedError

    async def respond(
        self,
        writer: asyncio.StreamWriter,
        status: int,
        body: bytes,
        headers: dict[str, str],
        *,
        declared_length: int | None = None,
        close: bool = False,
        trickle: float = 0.0,
    ) -> bool:
        """Send a response; ``trickle`` > 0 sends the body one byte per ``trickle`` seconds.
        Returns whether the connection stays open."""
        headers = {
            "Content-Length": str(len(body) if declared_length is None else declared_length),
            **headers,
        }
        if close:
            headers["Connection"] = "close"
        head = f"HTTP/1.1 {status} {REASONS.get(status, 'Error')}\r\n" + "".join(
            f"{k}: {v}\r\n" for k, v in headers.items()
        )
        writer.write(head.encode("latin-1") + b"\r\n" + (b"" if trickle else body))
        await writer.drain()
        for index in range(len(body) if trickle else 0):
            await asyncio.sleep(trickle)
            writer.write(body[index : index + 1])
            await writer.drain()
        self.stats[f"status {status}"] += 1
        return not close

    # -- lifecycle (called from the test's thread) ---------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self) -> Self:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the test server did not start")
        if self._error is not None:
            raise RuntimeError("the test server failed to start") from self._error
        return self

    def stop(self) -> None:
        loop, stop = self._loop, self._stop
        if loop is not None and stop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop already ended (lifetime reached)
                loop.call_soon_threadsafe(stop.set)
        self._thread.join(15)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- the loop thread ----------------------------------------------------------------------

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as exc:  # surfaced by start() or the test's checks
            self._error = exc
            self._ready.set()

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        server = await asyncio.start_server(self._connection, HOST, 0, backlog=256)
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        try:
            await asyncio.wait_for(self._stop.wait(), timeout=self.lifetime)
        except TimeoutError:
            self.stats["stopped by lifetime"] += 1
        server.close()
        # Handlers still sleeping on a slow answer: end them before the loop goes.
        for task in list(self._handlers):
            task.cancel()
        await asyncio.gather(*self._handlers, return_exceptions=True)
        await server.wait_closed()

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._handlers.add(task)
        self.open_connections += 1
        self.max_open_connections = max(self.max_open_connections, self.open_connections)
        try:
            while True:
                request = await self._read_request(reader)
                if request is None:
                    break
                if not await self._serve(request, writer):
                    break
        except ResetConnection:
            sock = writer.get_extra_info("socket")
            if sock is not None:  # RST instead of FIN
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        except asyncio.CancelledError:  # the server is stopping
            pass
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError, OSError, asyncio.CancelledError):
                await writer.wait_closed()
            self.open_connections -= 1
            if task is not None:
                self._handlers.discard(task)

    async def _read_request(self, reader: asyncio.StreamReader) -> Request | None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            return None
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                key, value = line.split(":", 1)
                headers[key.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        body = await reader.readexactly(length) if length else b""
        url = urlsplit(target)
        return Request(method, url.path, parse_qs(url.query), headers, body)
