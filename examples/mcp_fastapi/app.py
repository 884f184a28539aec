"""Cal.com's tools for AI agents, served over streamable HTTP from a FastAPI app.

    pip install 'cal-async[mcp,fastapi]' uvicorn
    export CAL_API_KEY=cal_live_...
    uvicorn examples.mcp_fastapi.app:create_app --factory --port 8000

An MCP client then connects to http://127.0.0.1:8000/cal/mcp. The agent can read everything the key
can, find slots and book, reschedule or cancel bookings (cancelling asks for ``confirm: true``);
nothing else that changes data is offered. The endpoint has no authentication of its own and acts
with the app's key: keep it on the loopback interface (the SDK refuses other Host headers there),
or put your app's own authentication in front of it before exposing it.

The MCP app's session manager runs inside the FastAPI app's lifespan: Starlette does not run a
mounted app's lifespan by itself.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from cal_async import CalClient
from cal_async.mcp import ToolPolicy, create_server

#: Reads, plus the booking flow's writes.
POLICY = ToolPolicy(writes=["book_slot", "book_first_available_slot", "reschedule_booking", "cancel_booking"])


def create_app() -> FastAPI:
    # CalClient is opened with the server's lifespan: it reads CAL_API_KEY (and CAL_API_URL).
    server = create_server(CalClient, policy=POLICY)
    tools = server.streamable_http_app(streamable_http_path="/mcp")

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        async with server.session_manager.run():
            yield

    app = FastAPI(lifespan=lifespan)

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    app.mount("/cal", tools)
    return app
