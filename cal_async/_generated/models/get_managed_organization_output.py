# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .get_managed_organization_output_status import GetManagedOrganizationOutputStatus

if TYPE_CHECKING:
    from .managed_organization_output import ManagedOrganizationOutput, ManagedOrganizationOutputDict

    pass


class GetManagedOrganizationOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetManagedOrganizationOutputStatus = field(
        "status", enum_of(GetManagedOrganizationOutputStatus), required=True
    )
    data: ManagedOrganizationOutput = field(
        "data", model("managed_organization_output", "ManagedOrganizationOutput"), required=True
    )

    def __init__(
        self,
        *,
        status: GetManagedOrganizationOutputStatus,
        data: ManagedOrganizationOutput,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetManagedOrganizationOutputDict(TypedDict, total=False):
    """``GetManagedOrganizationOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetManagedOrganizationOutputStatus | Literal["error", "success"]]
    data: Required[ManagedOrganizationOutput | ManagedOrganizationOutputDict]
