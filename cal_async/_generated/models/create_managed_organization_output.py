# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .create_managed_organization_output_status import CreateManagedOrganizationOutputStatus

if TYPE_CHECKING:
    from .managed_organization_with_api_key_output import (
        ManagedOrganizationWithApiKeyOutput,
        ManagedOrganizationWithApiKeyOutputDict,
    )

    pass


class CreateManagedOrganizationOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: CreateManagedOrganizationOutputStatus = field(
        "status", enum_of(CreateManagedOrganizationOutputStatus), required=True
    )
    data: ManagedOrganizationWithApiKeyOutput = field(
        "data", model("managed_organization_with_api_key_output", "ManagedOrganizationWithApiKeyOutput"), required=True
    )

    def __init__(
        self,
        *,
        status: CreateManagedOrganizationOutputStatus,
        data: ManagedOrganizationWithApiKeyOutput,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class CreateManagedOrganizationOutputDict(TypedDict, total=False):
    """``CreateManagedOrganizationOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[CreateManagedOrganizationOutputStatus | Literal["error", "success"]]
    data: Required[ManagedOrganizationWithApiKeyOutput | ManagedOrganizationWithApiKeyOutputDict]
