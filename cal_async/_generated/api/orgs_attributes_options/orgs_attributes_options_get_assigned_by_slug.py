# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.get_all_attribute_assigned_option_output import GetAllAttributeAssignedOptionOutput
from ...types import UNSET, Unset

METHOD = "GET"
PATH = "/v2/organizations/{org_id}/attributes/slugs/{attribute_slug}/options/assigned"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    org_id: int,
    attribute_slug: str,
    *,
    skip: int | Unset = UNSET,
    take: int | Unset = UNSET,
    assigned_option_ids: list[str] | Unset = UNSET,
    team_ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["skip"] = skip

    params["take"] = take

    json_assigned_option_ids: list[str] | Unset = UNSET
    if not isinstance(assigned_option_ids, Unset):
        json_assigned_option_ids = assigned_option_ids

    params["assignedOptionIds"] = json_assigned_option_ids

    json_team_ids: list[int] | Unset = UNSET
    if not isinstance(team_ids, Unset):
        json_team_ids = team_ids

    params["teamIds"] = json_team_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            attribute_slug=path_segment("attribute_slug", attribute_slug),
        ),
        "params": params,
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> GetAllAttributeAssignedOptionOutput:
    response_200 = GetAllAttributeAssignedOptionOutput.from_dict(data)

    return response_200


def _parse(data: Any) -> list[AssignedOptionOutput]:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data


def _parse_page(data: Any) -> tuple[list[AssignedOptionOutput], Mapping[str, Any] | None]:
    """One page: its items and the server's ``pagination`` object, if it sent one."""
    pagination = data.get("pagination") if isinstance(data, dict) else None
    pagination = pagination if isinstance(pagination, Mapping) else None
    return list(_parse(data)), pagination
