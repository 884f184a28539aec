"""Running the respx-based runtime tests on httpx2 too.

respx mocks httpx only. On the httpx2 run, every httpx2 ``AsyncHTTPTransport`` is replaced by an
``httpx2.MockTransport`` whose handler asks respx: the httpx2 request is copied into an httpx one
and sent through an httpx transport (which respx intercepts, so routes match and record calls as
usual), and what comes back is copied into httpx2's classes: the response, its body stream, and
any exception (``httpx.ReadError`` becomes ``httpx2.ReadError``). The SDK under test therefore sees
only httpx2 objects and exceptions, while the tests keep one set of respx routes.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from types import ModuleType
from typing import Any, NoReturn

import httpx
import httpx2
import pytest

BACKENDS = ("httpx", "httpx2")


def _reraise_as_httpx2(exc: httpx.HTTPError) -> NoReturn:
    twin = getattr(httpx2, type(exc).__name__, None)
    if isinstance(twin, type) and issubclass(twin, httpx2.HTTPError):
        raise twin(str(exc)) from exc
    raise exc


class _Body(httpx2.AsyncByteStream):
    """An httpx response body read through httpx2: chunks pass, httpx errors become httpx2's."""

    def __init__(self, response: httpx.Response) -> None:
        self._response = response

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.aiter_raw():
                yield chunk
        except httpx.HTTPError as exc:
            _reraise_as_httpx2(exc)

    async def aclose(self) -> None:
        await self._response.aclose()


class RespxBridge:
    """An httpx2 ``MockTransport`` handler that answers from whatever respx router is active."""

    def __init__(self) -> None:
        self._inner: httpx.AsyncHTTPTransport | None = None

    async def __call__(self, request: httpx2.Request) -> httpx2.Response:
        if self._inner is None:
            self._inner = httpx.AsyncHTTPTransport()
        copy = httpx.Request(
            request.method,
            str(request.url),
            headers=request.headers.multi_items(),
            content=request.content,
            extensions=dict(request.extensions),
        )
        try:
            response = await self._inner.handle_async_request(copy)
        except httpx.HTTPError as exc:
            _reraise_as_httpx2(exc)
        return httpx2.Response(
            response.status_code,
            headers=response.headers.multi_items(),
            stream=_Body(response),
            request=request,
        )

    async def aclose(self) -> None:
        if self._inner is not None:
            await self._inner.aclose()


def current() -> ModuleType:
    """The library of the running test, for helpers that take no fixture (``use_backend`` set it)."""
    return httpx2 if os.environ.get("CAL_HTTP_BACKEND") == "httpx2" else httpx


def use_backend(name: str, monkeypatch: pytest.MonkeyPatch) -> tuple[ModuleType, RespxBridge | None]:
    """Make ``CalClient()`` and new ``AsyncHTTPTransport``s use library ``name``; returns it."""
    if name == "httpx":
        monkeypatch.delenv("CAL_HTTP_BACKEND", raising=False)
        return httpx, None
    bridge = RespxBridge()
    mock = httpx2.MockTransport(bridge)

    async def handle(_self: Any, request: httpx2.Request) -> httpx2.Response:
        return await mock.handle_async_request(request)

    monkeypatch.setenv("CAL_HTTP_BACKEND", "httpx2")
    monkeypatch.setattr(httpx2.AsyncHTTPTransport, "handle_async_request", handle)
    return httpx2, bridge
