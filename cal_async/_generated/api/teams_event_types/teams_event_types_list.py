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
from cal_async._path_params import path_segment
from cal_async._query_params import query_params
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from ...models.team_event_type_output import TeamEventTypeOutput

    pass

OPERATION: Final = "teams.event_types.list"
METHOD: Final = "GET"
PATH: Final = "/v2/teams/{team_id}/event-types"
AUTH: Final[tuple[str, ...]] = ()
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[list[TeamEventTypeOutput]]] = list_of(model("team_event_type_output", "TeamEventTypeOutput"))
ITEM: Final[Decoder[TeamEventTypeOutput]] = model("team_event_type_output", "TeamEventTypeOutput")


def build_request(
    team_id: int,
    *,
    event_slug: str | Unset = UNSET,
    hosts_limit: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    params: dict[str, Any] = {}
    if not isinstance(event_slug, Unset):
        params.update(query_params("eventSlug", "event_slug", event_slug))
    if not isinstance(hosts_limit, Unset):
        params.update(query_params("hostsLimit", "hosts_limit", hosts_limit))
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            team_id=path_segment("team_id", team_id),
        ),
        "params": params,
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> list[TeamEventTypeOutput]:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


def parse_page(data: Any) -> tuple[list[TeamEventTypeOutput], Mapping[str, Any] | None]:
    """One page: its items and the server's ``pagination`` object, if it sent one."""
    return decode_page(OPERATION, data, ITEM, single=False)


ENDPOINT: Final = PagedOperation(
    OPERATION,
    METHOD,
    "/v2/teams/{teamId}/event-types",
    AUTH,
    API_VERSION,
    build_request,
    parse_page,
    offset=None,
    limit=None,
    default_limit=None,
)
