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

from .get_all_org_memberships_status import GetAllOrgMembershipsStatus

if TYPE_CHECKING:
    from .organization_membership_output import OrganizationMembershipOutput, OrganizationMembershipOutputDict

    pass


class GetAllOrgMemberships(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetAllOrgMembershipsStatus = field("status", enum_of(GetAllOrgMembershipsStatus), required=True)
    data: list[OrganizationMembershipOutput] = field(
        "data", list_of(model("organization_membership_output", "OrganizationMembershipOutput")), required=True
    )

    def __init__(
        self,
        *,
        status: GetAllOrgMembershipsStatus,
        data: list[OrganizationMembershipOutput],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetAllOrgMembershipsDict(TypedDict, total=False):
    """``GetAllOrgMemberships`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetAllOrgMembershipsStatus | Literal["error", "success"]]
    data: Required[Sequence[OrganizationMembershipOutput | OrganizationMembershipOutputDict]]
