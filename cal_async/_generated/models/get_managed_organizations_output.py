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

from .get_managed_organizations_output_status import GetManagedOrganizationsOutputStatus

if TYPE_CHECKING:
    from .managed_organization_output import ManagedOrganizationOutput, ManagedOrganizationOutputDict
    from .pagination_meta_dto import PaginationMetaDto, PaginationMetaDtoDict

    pass


class GetManagedOrganizationsOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetManagedOrganizationsOutputStatus = field(
        "status", enum_of(GetManagedOrganizationsOutputStatus), required=True
    )
    data: list[ManagedOrganizationOutput] = field(
        "data", list_of(model("managed_organization_output", "ManagedOrganizationOutput")), required=True
    )
    pagination: PaginationMetaDto = field(
        "pagination", model("pagination_meta_dto", "PaginationMetaDto"), required=True
    )

    def __init__(
        self,
        *,
        status: GetManagedOrganizationsOutputStatus,
        data: list[ManagedOrganizationOutput],
        pagination: PaginationMetaDto,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
                "pagination": pagination,
            }
        )


class GetManagedOrganizationsOutputDict(TypedDict, total=False):
    """``GetManagedOrganizationsOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetManagedOrganizationsOutputStatus | Literal["error", "success"]]
    data: Required[Sequence[ManagedOrganizationOutput | ManagedOrganizationOutputDict]]
    pagination: Required[PaginationMetaDto | PaginationMetaDtoDict]
