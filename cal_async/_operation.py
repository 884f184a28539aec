"""What the generated code hands the runtime: one description per operation, and the decoding
of its success body.

Each generated resource module (``cal_async/_generated/resources/<node>.py``) declares its
operations as :class:`Operation` (or :class:`PagedOperation`, for list calls) constants, next to
the methods that run them: the operation's name, HTTP method, path template (as the API document
writes it), declared auth, pinned API version, its parameters (:class:`Param`: JSON name, Python
name, where it goes, how it is encoded) and the decoder of its result. Every fact is written there
once; the runtime reads them: :meth:`Operation.build` turns a call's arguments into the request,
:meth:`Operation.parse` decodes the answer. Resources run them with ``APIResource._run`` /
``APIResource._page`` (``_resource.py``).

The decoders (``cal_async._fields``) are applied here, and any mismatch becomes
:class:`ResponseValidationError` naming the operation, so a response of the wrong shape never
surfaces as a ``TypeError``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Final, Generic, Literal, TypeVar

import attrs

from ._deprecation import warn_deprecated
from ._errors import ResponseValidationError
from ._fields import Decoder, Mismatch, refusal, shorten
from ._models import to_json
from ._object_decoder import share_page
from ._path_params import path_segment
from ._query_params import query_params
from ._sentinel import Unset

__all__ = [
    "Operation",
    "PageData",
    "PagedOperation",
    "Param",
    "body",
    "decode_page",
    "decode_result",
    "path",
    "query",
]

T = TypeVar("T")
R = TypeVar("R")

#: One page as parsed: its items and the server's ``pagination`` object (for a cursor list, the
#: object holding ``nextCursor``/``hasMore``), if it sent one.
PageData = tuple[list[T], Mapping[str, Any] | None]

Location = Literal["path", "query", "body"]


@attrs.frozen(slots=True)
class Param:
    """One parameter of an operation: where its value goes and how it is checked and encoded.

    ``key`` is the JSON name (the path template's placeholder, the query parameter), ``name`` the
    Python argument (errors name it). A query parameter is sent ``comma`` separated (``1,2,3``:
    the document's ``style: form, explode: false``) or repeated; ``choices`` are the only values
    a closed enum accepts, checked before sending.
    """

    key: str
    name: str
    location: Location
    required: bool = False
    comma: bool = False
    choices: tuple[str, ...] | None = None
    deprecated: bool = False


def path(key: str, name: str) -> Param:
    """A path parameter: one percent-encoded segment (``_path_params``)."""
    return Param(key, name, "path", required=True)


def query(
    key: str,
    name: str,
    *,
    required: bool = False,
    comma: bool = False,
    choices: tuple[str, ...] | None = None,
    deprecated: bool = False,
) -> Param:
    """A query parameter (``_query_params``); left out of the request when not given."""
    return Param(key, name, "query", required, comma, choices, deprecated)


def body(*, required: bool = True) -> Param:
    """The JSON request body (a model, or a mapping of the API's field names)."""
    return Param("body", "body", "body", required=required)


_PLACEHOLDER: Final = re.compile(r"\{(\w+)\}")


@attrs.frozen(slots=True, repr=False)
class Operation(Generic[R]):
    """One API operation, as the API document and the server facts describe it.

    A call passes its arguments positionally, in the order of ``params`` (path parameters, the
    body, then the query parameters: the generated method's own order); :meth:`build` makes the
    request of them and :meth:`parse` decodes the success body into ``R``.
    """

    resource: str  # "bookings": where the method lives on the client (dotted)
    method: str  # "get": the method's name there
    http_method: str
    path: str  # the template, as the API document writes it: "/v2/bookings/{bookingUid}"
    params: tuple[Param, ...]
    # The decoder of the result (of one item, for a list): its type is ``R``'s, which the
    # generated constant's annotation states (decoders of models are looked up lazily, untyped).
    result: Decoder[Any]
    auth: tuple[str, ...] = ()  # the credential headers the document declares
    api_version: str | None = None  # the ``cal-api-version`` header this operation is sent with
    enveloped: bool = True  # the result is the ``data`` of a ``{status: "success", data}`` envelope
    # The server answers ``{"status": "success"}`` without ``data`` when it has no result (read as
    # null; the server facts mark such operations).
    data_may_be_absent: bool = False
    operation_id: str = ""  # as the API document names it
    summary: str = ""
    oauth_scopes: tuple[str, ...] = ()  # OAuth 2.0 scopes the document declares (x-oauth-scopes)
    deprecated: bool = False
    # The document's tool name and guidance for AI agents (``x-mcp``; read by ``cal_async.mcp``).
    mcp_name: str = ""
    mcp_guidance: str = ""
    # Derived once, for build(): the path's pieces and the positions of the query parameters.
    _route: tuple[tuple[str, int], ...] = attrs.field(init=False, repr=False, eq=False)
    _query: tuple[tuple[int, Param], ...] = attrs.field(init=False, repr=False, eq=False)
    _body: int | None = attrs.field(init=False, repr=False, eq=False)
    _headers: Mapping[str, str] = attrs.field(init=False, repr=False, eq=False)
    # Whether a call may warn: the operation or one of its parameters is deprecated.
    _warns: bool = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        index = {p.key: i for i, p in enumerate(self.params) if p.location == "path"}
        pieces = _PLACEHOLDER.split(self.path)  # literal, key, literal, key, ..., literal
        missing = [key for key in pieces[1::2] if key not in index]
        if missing or len(index) != len(pieces) // 2:
            raise ValueError(f"{self.name}: path {self.path!r} and path parameters {sorted(index)} differ")
        route = tuple(
            (pieces[i], index[pieces[i + 1]] if i + 1 < len(pieces) else -1) for i in range(0, len(pieces), 2)
        )
        object.__setattr__(self, "_route", route)
        object.__setattr__(
            self, "_query", tuple((i, p) for i, p in enumerate(self.params) if p.location == "query")
        )
        body_at = [i for i, p in enumerate(self.params) if p.location == "body"]
        object.__setattr__(self, "_body", body_at[0] if body_at else None)
        object.__setattr__(
            self, "_headers", {"cal-api-version": self.api_version} if self.api_version else {}
        )
        object.__setattr__(self, "_warns", self.deprecated or any(p.deprecated for p in self.params))

    @property
    def name(self) -> str:
        """``bookings.get``: the resource path and method name."""
        return f"{self.resource}.{self.method}"

    @property
    def paginated(self) -> bool:
        """Whether the operation pages (offset/limit or a cursor: see :class:`PagedOperation`)."""
        return False

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}: {self.http_method} {self.path}>"

    def build(self, values: Sequence[object]) -> dict[str, Any]:
        """The request for one call: ``values`` are the arguments, in the order of ``params``
        (``UNSET`` for one not given). Each is checked and encoded before anything is sent."""
        if len(values) != len(self.params):
            raise TypeError(f"{self.name} takes {len(self.params)} arguments, got {len(values)}")
        params = self.params
        if self._warns:
            warn_deprecated(self, values)
        url = ""
        for literal, at in self._route:
            url += literal if at < 0 else literal + path_segment(params[at].name, values[at])
        request: dict[str, Any] = {"method": self.http_method, "url": url, "headers": dict(self._headers)}
        if self._query:
            sent: dict[str, Any] = {}
            for at, param in self._query:
                value = values[at]
                if not isinstance(value, Unset):
                    sent.update(
                        query_params(param.key, param.name, value, comma=param.comma, choices=param.choices)
                    )
            request["params"] = sent
        if self._body is not None and not isinstance(value := values[self._body], Unset):
            request["json"] = to_json(value, what="body")
        return request

    def parse(self, body: object) -> R:
        """The typed result of a success body."""
        result: R = decode_result(
            self.name, body, self.result, enveloped=self.enveloped, data_may_be_absent=self.data_may_be_absent
        )
        return result


@attrs.frozen(slots=True, repr=False)
class PagedOperation(Operation[PageData[T]]):
    """A list operation: :meth:`parse` gives one page. ``offset``/``limit`` are the JSON names of
    the parameters the paginator sets for each page (``skip``/``take`` or ``offset``/``limit``);
    both are ``None`` for a list the server sends whole, which is then one page. ``single``: the
    document declares one item where the server sends a list (both are accepted).

    A cursor list names its ``cursor`` parameter instead of ``offset`` (and its ``limit``): each
    answer carries ``{nextCursor, hasMore}`` under the body key ``cursor_meta``, and the next
    page is asked for with that cursor. ``max_limit`` is the largest page the document allows."""

    offset: str | None = attrs.field(kw_only=True, default=None)
    limit: str | None = attrs.field(kw_only=True, default=None)
    default_limit: int | None = attrs.field(kw_only=True, default=None)
    single: bool = attrs.field(kw_only=True, default=False)
    cursor: str | None = attrs.field(kw_only=True, default=None)
    cursor_meta: str = attrs.field(kw_only=True, default="pagination")
    max_limit: int | None = attrs.field(kw_only=True, default=None)

    @property
    def paginated(self) -> bool:
        return self.offset is not None or self.cursor is not None

    def position(self, key: str) -> int:
        """Where the parameter named ``key`` (JSON) sits in a call's arguments."""
        return next(i for i, p in enumerate(self.params) if p.key == key)

    def parse(self, body: object) -> PageData[T]:
        return decode_page(self.name, body, self.result, single=self.single, meta=self.cursor_meta)


def _mismatch(operation: str, exc: Mismatch, where: str) -> ResponseValidationError:
    culprit = f"the operation {operation}"
    return ResponseValidationError(
        operation, where, refusal(exc, f"{where}{exc.where}", culprit, in_model=False)
    )


def _envelope_data(operation: str, body: object, *, may_be_absent: bool = False) -> object:
    if may_be_absent and type(body) is dict and "data" not in body:
        return None  # the server leaves ``data`` out where it has none (openapi/server_facts.json)
    if type(body) is not dict or "data" not in body:
        raise ResponseValidationError(
            operation,
            None,
            f"expected a {{status, data}} envelope, the server sent {type(body).__name__} {shorten(body)}",
        )
    return body["data"]


def decode_result(
    operation: str, body: object, decoder: Decoder[T], *, enveloped: bool, data_may_be_absent: bool = False
) -> T:
    """The typed result of one call: ``body["data"]`` when ``enveloped``, else the whole body.

    ``data_may_be_absent``: the server answers ``{"status": "success"}`` when it has no result,
    read as a ``data`` of null (only for operations the server facts mark so).
    """
    value = _envelope_data(operation, body, may_be_absent=data_may_be_absent) if enveloped else body
    try:
        return decoder._fn(value)  # the decoder's function: a call less
    except Mismatch as exc:
        raise _mismatch(operation, exc, "data" if enveloped else "body") from None


def _models_only(decoder: Decoder[Any]) -> bool:
    """Does ``decoder`` only ever give model instances?"""
    if decoder.kind == "one_of":
        return all(part.kind == "model" for part in decoder.parts)
    return decoder.kind == "model"


def decode_page(
    operation: str, body: object, item: Decoder[T], *, single: bool, meta: str = "pagination"
) -> tuple[list[T], Mapping[str, Any] | None]:
    """One page's items and its ``pagination`` object (booking lists and managed orgs send one;
    ``meta`` names the key when the document puts it elsewhere).

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
    decode = item._fn  # the decoder's function: a call less per item
    try:
        items = [decode(v) for v in value]
    except Mismatch:
        for index, v in enumerate(value):
            try:
                item(v)
            except Mismatch as exc:
                raise _mismatch(operation, exc, f"data[{index}]") from None
        raise  # pragma: no cover - a decoder that fails once fails again
    if len(items) > 1 and _models_only(item):
        share_page(items)  # read in full, the page is decoded at once (_object_decoder.Page)
    pagination = body.get(meta) if type(body) is dict else None
    return items, pagination if isinstance(pagination, Mapping) else None
