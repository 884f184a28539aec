# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .get_organization_user_output_status import GetOrganizationUserOutputStatus

if TYPE_CHECKING:
    from .get_org_users_with_profile_output import GetOrgUsersWithProfileOutput, GetOrgUsersWithProfileOutputDict

    pass


class GetOrganizationUserOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetOrganizationUserOutputStatus = field("status", enum_of(GetOrganizationUserOutputStatus), required=True)
    data: GetOrgUsersWithProfileOutput = field(
        "data", model("get_org_users_with_profile_output", "GetOrgUsersWithProfileOutput"), required=True
    )

    def __init__(
        self,
        *,
        status: GetOrganizationUserOutputStatus,
        data: GetOrgUsersWithProfileOutput,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetOrganizationUserOutputDict(TypedDict, total=False):
    """``GetOrganizationUserOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetOrganizationUserOutputStatus | Literal["error", "success"]]
    data: Required[GetOrgUsersWithProfileOutput | GetOrgUsersWithProfileOutputDict]
