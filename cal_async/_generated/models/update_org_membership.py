# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .update_org_membership_status import UpdateOrgMembershipStatus

if TYPE_CHECKING:
    from .organization_membership_output import OrganizationMembershipOutput, OrganizationMembershipOutputDict

    pass


class UpdateOrgMembership(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: UpdateOrgMembershipStatus = field("status", enum_of(UpdateOrgMembershipStatus), required=True)
    data: OrganizationMembershipOutput = field(
        "data", model("organization_membership_output", "OrganizationMembershipOutput"), required=True
    )

    def __init__(
        self,
        *,
        status: UpdateOrgMembershipStatus,
        data: OrganizationMembershipOutput,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class UpdateOrgMembershipDict(TypedDict, total=False):
    """``UpdateOrgMembership`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[UpdateOrgMembershipStatus | Literal["error", "success"]]
    data: Required[OrganizationMembershipOutput | OrganizationMembershipOutputDict]
