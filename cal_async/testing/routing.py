"""Request/response types, the per-request context handlers get, and a tiny path router.

No web framework on purpose: the SDK's runtime dependencies are httpx, attrs and anyio only, and the
fake ships inside the SDK.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Literal, Protocol, TypeVar

import attrs

from .clock import Clock
from .errors import HttpError, not_found
from .records import StoredUser
from .state import State

# Every cal-api-version the server knows; anything else silently becomes the oldest one.
KNOWN_VERSIONS = frozenset({"2024-04-15", "2024-06-11", "2024-06-14", "2024-08-13", "2024-09-04"})
FALLBACK_VERSION = "2024-04-15"


@attrs.frozen
class Request:
    method: str
    path: str
    query: Mapping[str, list[str]]
    headers: Mapping[str, str]  # lower-cased names
    body: bytes
    client: str

    def arg(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[-1] if values else None

    def args(self, name: str) -> list[str]:
        """Repeated (``?a=1&a=2``) and comma-separated (``?a=1,2``) forms, as Nest's pipes accept."""
        out: list[str] = []
        for value in self.query.get(name, []):
            out.extend(part for part in value.split(",") if part)
        return out

    def json(self) -> dict[str, Any]:
        if not self.body.strip():
            return {}
        try:
            data = json.loads(self.body)
        except ValueError as exc:
            raise HttpError(400, f"Unexpected token in JSON at position {getattr(exc, 'pos', 0)}") from exc
        if not isinstance(data, dict):
            raise HttpError(400, "Request body must be a JSON object")
        return data

    @property
    def api_version(self) -> str:
        value = self.headers.get("cal-api-version", "")
        return value if value in KNOWN_VERSIONS else FALLBACK_VERSION


@attrs.define
class Response:
    status: int
    body: bytes = b""
    headers: dict[str, str] = attrs.field(factory=dict)
    content_type: str = "application/json; charset=utf-8"


def dump(payload: Any) -> bytes:
    # Node's JSON.stringify: compact separators, non-ASCII kept as is.
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()


def ok(data: Any, status: int = 200, **extra: Any) -> Response:
    """The success envelope; ``extra`` adds siblings of data (bookings lists add ``pagination``)."""
    return Response(status, dump({"status": "success", "data": data, **extra}))


def ok_no_data() -> Response:
    return Response(200, dump({"status": "success"}))


Notify = Callable[[str, int, dict[str, Any]], Awaitable[None]]


class _Owned(Protocol):
    @property
    def owner_id(self) -> int: ...


OwnedT = TypeVar("OwnedT", bound=_Owned)


@attrs.define
class Ctx:
    """What a handler sees: the request, its path parameters, the fake's state and the caller."""

    request: Request
    params: dict[str, str]
    state: State
    clock: Clock
    user: StoredUser | None
    notify: Notify  # (trigger, owner user id, payload) -> deliver to subscribed webhooks

    def require_user(self) -> StoredUser:
        if self.user is None:  # routes marked auth="required" never get here without one
            raise HttpError(401, "No authentication provided")
        return self.user

    def own(self, table: Mapping[int, OwnedT], param: str, noun: str) -> OwnedT:
        """The caller's record whose id is the path parameter ``param``: a 404 when there is none,
        a 403 when it is another user's (the event type and schedule services' messages)."""
        user = self.require_user()
        raw = self.params[param]
        found = table.get(int(raw)) if raw.isdigit() else None
        if found is None:
            raise not_found(f"{noun.capitalize()} with id={raw} not found")
        if found.owner_id != user.id:
            raise HttpError(403, f"User with id={user.id} is not the owner of {noun} with id={raw}")
        return found


Handler = Callable[[Ctx], Awaitable[Response]]
Auth = Literal["required", "optional"]


@attrs.frozen
class Route:
    method: str
    template: str
    handler: Handler
    # The one cal-api-version this operation answers to; None: the route ignores the header.
    version: str | None = None
    auth: Auth = "required"
    # A permissions guard runs before auth on bookings and event types, so no credentials is a 403.
    no_auth_status: int = 401
    pattern: re.Pattern[str] = attrs.field(
        init=False,
        default=attrs.Factory(
            lambda self: re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", self.template) + "/?$"),
            takes_self=True,
        ),
    )


class Router:
    def __init__(self, routes: list[Route]) -> None:
        self.routes = routes

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]] | None:
        for route in self.routes:
            if route.method != method:
                continue
            found = route.pattern.match(path)
            if found:
                return route, found.groupdict()
        return None
