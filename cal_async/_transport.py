"""``RetryTransport``: the retry policy as an httpx transport, for callers' own httpx clients.

``CalClient`` does not need it (it retries above any httpx client); it is for code that sends
through httpx directly and wants the same retries, backoff and rate-limit waits.
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from ._retry import RETRY_EXTENSION, Retrier, RetryPolicy
from ._sentinel import UNSET, Unset

__all__ = ["RetryTransport"]


class RetryTransport(httpx.AsyncBaseTransport):
    """An httpx transport that retries through another one, per :class:`RetryPolicy`.

    ``httpx.AsyncClient(transport=RetryTransport(httpx.AsyncHTTPTransport(), RetryPolicy()))``.
    In an httpx2 client, wrap an httpx2 transport (the default inner transport is httpx's).
    One request can override ``max_retries`` and ``deadline`` through
    ``request.extensions["cal_async.retry"]`` (``RETRY_EXTENSION``). A 429 whose wait is too long
    raises :class:`cal_async.RateLimitError` from ``send``; other final failures are returned or
    raised as the wrapped transport produced them.
    """

    def __init__(
        self, transport: httpx.AsyncBaseTransport | None = None, policy: RetryPolicy | None = None
    ) -> None:
        self._transport = transport if transport is not None else httpx.AsyncHTTPTransport()
        self._retrier = Retrier(policy)

    @property
    def policy(self) -> RetryPolicy:
        return self._retrier.policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        override = request.extensions.get(RETRY_EXTENSION)
        max_retries: int | None = None
        deadline: float | Unset | None = UNSET
        if isinstance(override, Mapping):
            if isinstance(override.get("max_retries"), int):
                max_retries = override["max_retries"]
            if "deadline" in override:
                deadline = override["deadline"]
        return await self._retrier.send(
            request,
            self._transport.handle_async_request,
            max_retries=max_retries,
            ends_at=self._retrier.ends_at(deadline),
        )

    async def aclose(self) -> None:
        await self._transport.aclose()
