# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    list_of,
    model,
)
from cal_async._operation import PagedOperation, decode_page, decode_result
from cal_async._query_params import query_params
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from ...models.event_type_output import EventTypeOutput

    pass

OPERATION: Final = "event_types.list"
METHOD: Final = "GET"
PATH: Final = "/v2/event-types"
AUTH: Final[tuple[str, ...]] = (
    "Authorization",
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: Final[str | None] = "2024-06-14"
RESULT: Final[Decoder[list[EventTypeOutput]]] = list_of(model("event_type_output", "EventTypeOutput"))
ITEM: Final[Decoder[EventTypeOutput]] = model("event_type_output", "EventTypeOutput")


def build_request(
    *,
    username: str | Unset = UNSET,
    event_slug: str | Unset = UNSET,
    usernames: str | Unset = UNSET,
    org_slug: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["cal-api-version"] = "2024-06-14"
    params: dict[str, Any] = {}
    if not isinstance(username, Unset):
        params.update(query_params("username", "username", username))
    if not isinstance(event_slug, Unset):
        params.update(query_params("eventSlug", "event_slug", event_slug))
    if not isinstance(usernames, Unset):
        params.update(query_params("usernames", "usernames", usernames))
    if not isinstance(org_slug, Unset):
        params.update(query_params("orgSlug", "org_slug", org_slug))
    if not isinstance(org_id, Unset):
        params.update(query_params("orgId", "org_id", org_id))
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> list[EventTypeOutput]:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


def parse_page(data: Any) -> tuple[list[EventTypeOutput], Mapping[str, Any] | None]:
    """One page: its items and the server's ``pagination`` object, if it sent one."""
    return decode_page(OPERATION, data, ITEM, single=False)


ENDPOINT: Final = PagedOperation(
    OPERATION,
    METHOD,
    "/v2/event-types",
    AUTH,
    API_VERSION,
    build_request,
    parse_page,
    offset=None,
    limit=None,
    default_limit=None,
)
