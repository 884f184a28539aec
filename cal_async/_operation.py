"""What the generated code hands the runtime: one description per operation, and the decoding
of its success body.

Each generated endpoint module (``cal_async/_generated/api/<tag>/<operation>.py``) ends with
``ENDPOINT``, an :class:`Operation` (or a :class:`PagedOperation` for list calls): its name, HTTP
method, path template, declared auth, pinned API version, request builder and response parser.
Resources run it with ``APIResource._run`` / ``APIResource._page`` (``_resource.py``); hand-written
helpers run the same descriptions, with their own parser where they return their own types
(``operation.parsed_with(...)``). Nothing else crosses from generated to hand-written code.

The decoders (``cal_async._fields``) are applied here, and any mismatch becomes
:class:`ResponseValidationError` naming the operation, so a response of the wrong shape never
surfaces as a ``TypeError``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, ParamSpec, TypeVar

import attrs

from ._errors import ResponseValidationError
from ._fields import Decoder, Mismatch, refusal, shorten

__all__ = ["Operation", "PageData", "PagedOperation", "decode_page", "decode_result"]

T = TypeVar("T")
R = TypeVar("R")
R2 = TypeVar("R2")
P = ParamSpec("P")

#: One page as parsed: its items and the server's ``pagination`` object, if it sent one.
PageData = tuple[list[T], Mapping[str, Any] | None]


@attrs.frozen(slots=True, repr=False)
class Operation(Generic[P, R]):
    """One API operation: how to build its request (``build``, taking the operation's own
    parameters) and how to read its success body (``parse``, giving ``R``)."""

    name: str  # "bookings.get": the resource path and method name
    method: str
    path: str  # the template, as the API document writes it
    auth: tuple[str, ...]  # the credential headers the document declares
    api_version: str | None
    build: Callable[P, dict[str, Any]]
    parse: Callable[[Any], R]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}: {self.method} {self.path}>"

    def parsed_with(self, parse: Callable[[Any], R2]) -> Operation[P, R2]:
        """The same request, read by another parser (a helper returning its own types)."""
        return Operation(self.name, self.method, self.path, self.auth, self.api_version, self.build, parse)


@attrs.frozen(slots=True, repr=False)
class PagedOperation(Operation[P, PageData[T]]):
    """A list operation: ``parse`` gives one page. ``offset``/``limit`` name the parameters the
    paginator sets for each page (``skip``/``take`` or ``offset``/``limit``); both are ``None`` for
    a list the server sends whole, which is then one page."""

    offset: str | None = attrs.field(kw_only=True)
    limit: str | None = attrs.field(kw_only=True)
    default_limit: int | None = attrs.field(kw_only=True)


def _mismatch(operation: str, exc: Mismatch, where: str) -> ResponseValidationError:
    culprit = f"the operation {operation}"
    return ResponseValidationError(
        operation, where, refusal(exc, f"{where}{exc.where}", culprit, in_model=False)
    )


def _envelope_data(operation: str, body: object) -> object:
    if type(body) is not dict or "data" not in body:
        raise ResponseValidationError(
            operation,
            None,
            f"expected a {{status, data}} envelope, the server sent {type(body).__name__} {shorten(body)}",
        )
    return body["data"]


def decode_result(operation: str, body: object, decoder: Decoder[T], *, enveloped: bool) -> T:
    """The typed result of one call: ``body["data"]`` when ``enveloped``, else the whole body."""
    value = _envelope_data(operation, body) if enveloped else body
    try:
        return decoder(value)
    except Mismatch as exc:
        raise _mismatch(operation, exc, "data" if enveloped else "body") from None


def decode_page(
    operation: str, body: object, item: Decoder[T], *, single: bool
) -> tuple[list[T], Mapping[str, Any] | None]:
    """One page's items and its ``pagination`` object (booking lists and managed orgs send one).

    ``single``: the document declares one item where the server sends a list; both are accepted.
    """
    value = _envelope_data(operation, body)
    if single and type(value) is dict:
        value = [value]
    if type(value) is not list:
        raise ResponseValidationError(
            operation,
            "data",
            f"data should be a list of {item.expected}, "
            f"the server sent {type(value).__name__} {shorten(value)}",
        )
    try:
        items = [item(v) for v in value]
    except Mismatch:
        for index, v in enumerate(value):
            try:
                item(v)
            except Mismatch as exc:
                raise _mismatch(operation, exc, f"data[{index}]") from None
        raise  # pragma: no cover - a decoder that fails once fails again
    pagination = body.get("pagination") if type(body) is dict else None
    return items, pagination if isinstance(pagination, Mapping) else None
