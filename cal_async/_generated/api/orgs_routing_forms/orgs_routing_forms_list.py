# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Literal

from cal_async._fields import (
    Decoder,
    list_of,
    model,
)
from cal_async._operation import PagedOperation, decode_page, decode_result
from cal_async._path_params import path_segment
from cal_async._query_params import query_params
from cal_async._sentinel import UNSET, Unset

from ...models.orgs_routing_forms_list_sort_created_at import OrgsRoutingFormsListSortCreatedAt
from ...models.orgs_routing_forms_list_sort_updated_at import OrgsRoutingFormsListSortUpdatedAt

if TYPE_CHECKING:
    from ...models.routing_form_output import RoutingFormOutput

    pass

OPERATION: Final = "orgs.routing_forms.list"
METHOD: Final = "GET"
PATH: Final = "/v2/organizations/{org_id}/routing-forms"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[list[RoutingFormOutput]]] = list_of(model("routing_form_output", "RoutingFormOutput"))
ITEM: Final[Decoder[RoutingFormOutput]] = model("routing_form_output", "RoutingFormOutput")


def build_request(
    org_id: int,
    *,
    skip: int | Unset = UNSET,
    take: int | Unset = UNSET,
    sort_created_at: OrgsRoutingFormsListSortCreatedAt | Literal["asc", "desc"] | Unset = UNSET,
    sort_updated_at: OrgsRoutingFormsListSortUpdatedAt | Literal["asc", "desc"] | Unset = UNSET,
    after_created_at: datetime.datetime | Unset = UNSET,
    before_created_at: datetime.datetime | Unset = UNSET,
    after_updated_at: datetime.datetime | Unset = UNSET,
    before_updated_at: datetime.datetime | Unset = UNSET,
    routed_to_booking_uid: str | Unset = UNSET,
    team_ids: Sequence[int] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    params: dict[str, Any] = {}
    if not isinstance(skip, Unset):
        params.update(query_params("skip", "skip", skip))
    if not isinstance(take, Unset):
        params.update(query_params("take", "take", take))
    if not isinstance(sort_created_at, Unset):
        params.update(query_params("sortCreatedAt", "sort_created_at", sort_created_at))
    if not isinstance(sort_updated_at, Unset):
        params.update(query_params("sortUpdatedAt", "sort_updated_at", sort_updated_at))
    if not isinstance(after_created_at, Unset):
        params.update(query_params("afterCreatedAt", "after_created_at", after_created_at))
    if not isinstance(before_created_at, Unset):
        params.update(query_params("beforeCreatedAt", "before_created_at", before_created_at))
    if not isinstance(after_updated_at, Unset):
        params.update(query_params("afterUpdatedAt", "after_updated_at", after_updated_at))
    if not isinstance(before_updated_at, Unset):
        params.update(query_params("beforeUpdatedAt", "before_updated_at", before_updated_at))
    if not isinstance(routed_to_booking_uid, Unset):
        params.update(query_params("routedToBookingUid", "routed_to_booking_uid", routed_to_booking_uid))
    if not isinstance(team_ids, Unset):
        params.update(query_params("teamIds", "team_ids", team_ids))
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
        ),
        "params": params,
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> list[RoutingFormOutput]:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


def parse_page(data: Any) -> tuple[list[RoutingFormOutput], Mapping[str, Any] | None]:
    """One page: its items and the server's ``pagination`` object, if it sent one."""
    return decode_page(OPERATION, data, ITEM, single=False)


ENDPOINT: Final = PagedOperation(
    OPERATION,
    METHOD,
    "/v2/organizations/{orgId}/routing-forms",
    AUTH,
    API_VERSION,
    build_request,
    parse_page,
    offset="skip",
    limit="take",
    default_limit=100,
)
