# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    list_of,
    model,
)
from cal_async._models import ApiModel

from .get_organization_users_response_dto_status import GetOrganizationUsersResponseDTOStatus

if TYPE_CHECKING:
    from .get_org_users_with_profile_output import GetOrgUsersWithProfileOutput, GetOrgUsersWithProfileOutputDict

    pass


class GetOrganizationUsersResponseDTO(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetOrganizationUsersResponseDTOStatus = field(
        "status", enum_of(GetOrganizationUsersResponseDTOStatus), required=True
    )
    data: list[GetOrgUsersWithProfileOutput] = field(
        "data", list_of(model("get_org_users_with_profile_output", "GetOrgUsersWithProfileOutput")), required=True
    )

    def __init__(
        self,
        *,
        status: GetOrganizationUsersResponseDTOStatus,
        data: list[GetOrgUsersWithProfileOutput],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetOrganizationUsersResponseDTODict(TypedDict, total=False):
    """``GetOrganizationUsersResponseDTO`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetOrganizationUsersResponseDTOStatus | Literal["error", "success"]]
    data: Required[Sequence[GetOrgUsersWithProfileOutput | GetOrgUsersWithProfileOutputDict]]
