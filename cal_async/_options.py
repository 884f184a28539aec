"""Per-call request options accepted by every resource method."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

import httpx

_DOC = """Keyword arguments every generated resource method accepts besides the API's own.

- ``timeout``: overrides the client's timeout for this call (seconds, or an ``httpx.Timeout`` or
  ``httpx2.Timeout``).
- ``max_retries``: overrides the client's retry budget for this call.
- ``deadline``: seconds the whole call may take, attempts and waits included (``None``: no
  limit); overrides the retry policy's ``deadline``.
- ``extra_headers``: merged over the SDK's headers (a value of ``None`` is not allowed).
- ``extra_query``: merged over the operation's query parameters.
"""

if TYPE_CHECKING:
    import httpx2
    import typing_extensions

    # Closed (PEP 728): no keys but these, so a helper that adds keyword parameters beside
    # ``**options`` overrides a generated method compatibly. For checkers only: at run time
    # ``closed`` changes nothing, and typing_extensions would cost an import.
    class RequestOptions(typing_extensions.TypedDict, total=False, closed=True):
        timeout: float | httpx.Timeout | httpx2.Timeout | None
        max_retries: int
        deadline: float | None
        extra_headers: Mapping[str, str]
        extra_query: Mapping[str, Any]

else:

    class RequestOptions(TypedDict, total=False):
        timeout: float | httpx.Timeout | None
        max_retries: int
        deadline: float | None
        extra_headers: Mapping[str, str]
        extra_query: Mapping[str, Any]

    RequestOptions.__doc__ = _DOC
