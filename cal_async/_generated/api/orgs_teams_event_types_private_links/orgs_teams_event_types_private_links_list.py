# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    list_of,
    model,
    one_of,
)
from cal_async._operation import PagedOperation, decode_page, decode_result
from cal_async._path_params import path_segment

if TYPE_CHECKING:
    from ...models.time_based_private_link_output import TimeBasedPrivateLinkOutput
    from ...models.usage_based_private_link_output import UsageBasedPrivateLinkOutput

    pass

OPERATION: Final = "orgs.teams.event_types.private_links.list"
METHOD: Final = "GET"
PATH: Final = "/v2/organizations/{org_id}/teams/{team_id}/event-types/{event_type_id}/private-links"
AUTH: Final[tuple[str, ...]] = (
    "Authorization",
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[list[TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput]]] = list_of(
    one_of(
        model("time_based_private_link_output", "TimeBasedPrivateLinkOutput"),
        model("usage_based_private_link_output", "UsageBasedPrivateLinkOutput"),
    )
)
ITEM: Final[Decoder[TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput]] = one_of(
    model("time_based_private_link_output", "TimeBasedPrivateLinkOutput"),
    model("usage_based_private_link_output", "UsageBasedPrivateLinkOutput"),
)


def build_request(
    org_id: int,
    team_id: int,
    event_type_id: int,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            team_id=path_segment("team_id", team_id),
            event_type_id=path_segment("event_type_id", event_type_id),
        ),
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> list[TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput]:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


def parse_page(
    data: Any,
) -> tuple[list[TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput], Mapping[str, Any] | None]:
    """One page: its items and the server's ``pagination`` object, if it sent one."""
    return decode_page(OPERATION, data, ITEM, single=False)


ENDPOINT: Final = PagedOperation(
    OPERATION,
    METHOD,
    "/v2/organizations/{orgId}/teams/{teamId}/event-types/{eventTypeId}/private-links",
    AUTH,
    API_VERSION,
    build_request,
    parse_page,
    offset=None,
    limit=None,
    default_limit=None,
)
