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
from cal_async._sentinel import Unset

if TYPE_CHECKING:
    from ...models.team_membership_output import TeamMembershipOutput

    pass

OPERATION: Final = "teams.memberships.list"
METHOD: Final = "GET"
PATH: Final = "/v2/teams/{team_id}/memberships"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[list[TeamMembershipOutput]]] = list_of(model("team_membership_output", "TeamMembershipOutput"))
ITEM: Final[Decoder[TeamMembershipOutput]] = model("team_membership_output", "TeamMembershipOutput")


def build_request(
    team_id: int,
    *,
    take: int | Unset = 250,
    skip: int | Unset = 0,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    params: dict[str, Any] = {}
    if not isinstance(take, Unset):
        params.update(query_params("take", "take", take))
    if not isinstance(skip, Unset):
        params.update(query_params("skip", "skip", skip))
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            team_id=path_segment("team_id", team_id),
        ),
        "params": params,
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> list[TeamMembershipOutput]:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


def parse_page(data: Any) -> tuple[list[TeamMembershipOutput], Mapping[str, Any] | None]:
    """One page: its items and the server's ``pagination`` object, if it sent one."""
    return decode_page(OPERATION, data, ITEM, single=False)


ENDPOINT: Final = PagedOperation(
    OPERATION,
    METHOD,
    "/v2/teams/{teamId}/memberships",
    AUTH,
    API_VERSION,
    build_request,
    parse_page,
    offset="skip",
    limit="take",
    default_limit=250,
)
