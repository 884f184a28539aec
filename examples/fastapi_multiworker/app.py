"""A FastAPI app run by several worker processes that share one Cal.com API key through Redis.

Each worker builds one ``CalClient`` for its lifetime (the lifespan below); every client takes a
slot from the key's budget in Redis before each request, so together the workers stay within
Cal.com's limit (120 requests per 60 s for an API key) instead of overrunning it and getting the
whole key blocked for a minute. See README.md beside this file for how to run it.

Environment: ``CAL_API_KEY`` (required), ``CAL_API_URL`` (default: https://api.cal.com),
``REDIS_URL`` (default: redis://127.0.0.1:6379/0).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request

from cal_async import CalClient, RateBudgetExhaustedError, RedisRateBudget


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    # One budget and one client per worker process, for the process's lifetime.
    async with (
        RedisRateBudget(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")) as budget,
        CalClient(rate_budget=budget) as cal,
    ):
        app.state.cal = cal
        yield


app = FastAPI(lifespan=lifespan)


@app.get("/me")
async def me(request: Request) -> dict[str, Any]:
    cal: CalClient = request.app.state.cal
    try:
        user = await cal.me.get()
    except RateBudgetExhaustedError as exc:
        # The key's shared budget has no slot within the call's max_wait: tell the caller when.
        return {"busy": True, "retry_after": exc.retry_after}
    return {"busy": False, "username": user.username, "worker": os.getpid()}
