"""Serve a ``FakeCal`` over real HTTP on localhost, for clients that cannot take an ASGI transport
(another process, ``CalClient()`` configured by ``CAL_API_URL``, a non-Python tool).

    async with serve(FakeCal()) as url:   # bound and accepting once the block starts
        ...

Needs uvicorn (``pip install "cal-async[testing]"``) and an asyncio event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from .fake import FakeCal

__all__ = ["serve"]


@contextlib.asynccontextmanager
async def serve(fake: FakeCal, *, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
    """Serve ``fake`` on ``host:port`` (0: a free port) and yield its base URL once it is bound."""
    try:
        import uvicorn
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise ImportError(
            "serving the fake needs uvicorn: pip install 'cal-async[testing]' (or pip install uvicorn)"
        ) from exc
    config = uvicorn.Config(fake.app, host=host, port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    # uvicorn holds SIGINT/SIGTERM while serving and re-raises them once stopped, so Ctrl-C still
    # reaches the host program after a clean shutdown.
    task = asyncio.create_task(server.serve())
    try:
        while not server.started:
            if task.done():  # failed to bind: surface uvicorn's error (or its SystemExit)
                task.result()
                raise OSError(f"could not serve the fake on {host}:{port}")
            await asyncio.sleep(0.01)
        bound = server.servers[0].sockets[0].getsockname()
        yield f"http://{host}:{bound[1]}"
    finally:
        server.should_exit = True
        with contextlib.suppress(asyncio.CancelledError):
            await task
