"""Serve a ``FakeCal`` over real HTTP on localhost, for clients that cannot take an ASGI transport
(another process, ``CalClient()`` configured by ``CAL_API_URL``, a non-Python tool).

    async with serve(FakeCal()) as url:   # bound and accepting once the block starts
        ...

Needs uvicorn (``pip install "cal-async[testing]"``) and an asyncio event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any

from .fake import FakeCal

if TYPE_CHECKING:
    import uvicorn

__all__ = ["run", "serve"]


def _server(fake: FakeCal, host: str, port: int) -> uvicorn.Server:
    try:
        import uvicorn
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise ImportError(
            "serving the fake needs uvicorn: pip install 'cal-async[testing]' (or pip install uvicorn)"
        ) from exc
    config = uvicorn.Config(fake.app, host=host, port=port, log_level="warning", lifespan="off")
    return uvicorn.Server(config)


async def _bound(server: uvicorn.Server, task: asyncio.Task[Any], host: str) -> str:
    """The base URL once ``server`` accepts connections (port 0 resolved to the real one)."""
    while not server.started:
        if task.done():  # it could not bind: uvicorn has logged why and exits
            task.result()
            raise OSError(f"could not serve the fake on {host}")
        await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    return f"http://{host}:{port}"


@contextlib.asynccontextmanager
async def serve(fake: FakeCal, *, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
    """Serve ``fake`` on ``host:port`` (0: a free port) and yield its base URL once it is bound."""
    server = _server(fake, host, port)
    # uvicorn holds SIGINT/SIGTERM while serving and re-raises them once stopped, so Ctrl-C still
    # reaches the host program after a clean shutdown.
    task = asyncio.create_task(server.serve())
    try:
        yield await _bound(server, task, host)
    finally:
        server.should_exit = True
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def run(fake: FakeCal, *, host: str, port: int, on_bound: Callable[[str], None]) -> None:
    """Serve ``fake`` until interrupted, calling ``on_bound(url)`` once it accepts connections."""
    server = _server(fake, host, port)
    task = asyncio.create_task(server.serve())
    on_bound(await _bound(server, task, host))
    await task
