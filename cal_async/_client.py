"""CalClient: the entry point users construct (minimal version; the runtime issue extends it)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from ._generated.resources import RootResource
from ._options import RequestOptions
from ._version import __version__

T = TypeVar("T")

DEFAULT_BASE_URL = "https://api.cal.com"


class CalClient(RootResource):
    """Async client for the Cal.com API v2. Use as ``async with CalClient(api_key) as cal: ...``."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(self)
        self._api_key = api_key if api_key is not None else os.environ.get("CAL_API_KEY")
        self.base_url = base_url or os.environ.get("CAL_API_URL") or DEFAULT_BASE_URL
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=httpx.Timeout(60.0, connect=10.0))

    def __repr__(self) -> str:
        return f"CalClient(base_url={self.base_url!r})"

    async def __aenter__(self) -> CalClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def _request(
        self,
        request: dict[str, Any],
        parse: Callable[[Any], T],
        *,
        auth: tuple[str, ...],
        options: RequestOptions,
    ) -> T:
        headers: dict[str, str] = {"User-Agent": f"cal-async/{__version__}"}
        headers.update(request.get("headers") or {})
        if self._api_key and (not auth or "Authorization" in auth):
            headers["Authorization"] = f"Bearer {self._api_key}"
        headers.update(options.get("extra_headers") or {})
        params = dict(request.get("params") or {})
        params.update(options.get("extra_query") or {})
        response = await self._http.request(
            request["method"],
            self.base_url.rstrip("/") + request["url"],
            params=params or None,
            json=request.get("json"),
            headers=headers,
        )
        response.raise_for_status()
        return parse(response.json() if response.content else None)
