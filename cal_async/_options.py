"""Per-call request options accepted by every resource method."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

import httpx


class RequestOptions(TypedDict, total=False):
    """Keyword arguments every generated resource method accepts besides the API's own.

    - ``timeout``: overrides the client's timeout for this call (seconds or an ``httpx.Timeout``).
    - ``max_retries``: overrides the client's retry budget for this call.
    - ``deadline``: seconds the whole call may take, attempts and waits included (``None``: no
      limit); overrides the retry policy's ``deadline``.
    - ``extra_headers``: merged over the SDK's headers (a value of ``None`` is not allowed).
    - ``extra_query``: merged over the operation's query parameters.
    """

    timeout: float | httpx.Timeout | None
    max_retries: int
    deadline: float | None
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, Any]
