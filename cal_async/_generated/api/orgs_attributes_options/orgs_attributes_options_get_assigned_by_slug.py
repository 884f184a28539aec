# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    from ...models.assigned_option_output import AssignedOptionOutput

    pass

OPERATION: Final = "orgs.attributes.options.get_assigned_by_slug"
METHOD: Final = "GET"
PATH: Final = "/v2/organizations/{org_id}/attributes/slugs/{attribute_slug}/options/assigned"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[list[AssignedOptionOutput]]] = list_of(model("assigned_option_output", "AssignedOptionOutput"))
ITEM: Final[Decoder[AssignedOptionOutput]] = model("assigned_option_output", "AssignedOptionOutput")


def build_request(
    org_id: int,
    attribute_slug: str,
    *,
    skip: int | Unset = UNSET,
    take: int | Unset = UNSET,
    assigned_option_ids: Sequence[str] | Unset = UNSET,
    team_ids: Sequence[int] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    params: dict[str, Any] = {}
    if not isinstance(skip, Unset):
        params.update(query_params("skip", "skip", skip))
    if not isinstance(take, Unset):
        params.update(query_params("take", "take", take))
    if not isinstance(assigned_option_ids, Unset):
        params.update(query_params("assignedOptionIds", "assigned_option_ids", assigned_option_ids))
    if not isinstance(team_ids, Unset):
        params.update(query_params("teamIds", "team_ids", team_ids))
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            attribute_slug=path_segment("attribute_slug", attribute_slug),
        ),
        "params": params,
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> list[AssignedOptionOutput]:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


def parse_page(data: Any) -> tuple[list[AssignedOptionOutput], Mapping[str, Any] | None]:
    """One page: its items and the server's ``pagination`` object, if it sent one."""
    return decode_page(OPERATION, data, ITEM, single=False)


ENDPOINT: Final = PagedOperation(
    OPERATION,
    METHOD,
    "/v2/organizations/{orgId}/attributes/slugs/{attributeSlug}/options/assigned",
    AUTH,
    API_VERSION,
    build_request,
    parse_page,
    offset="skip",
    limit="take",
    default_limit=100,
)
