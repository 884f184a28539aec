# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .conferencing_app_output_response_dto_status import ConferencingAppOutputResponseDtoStatus

if TYPE_CHECKING:
    from .conferencing_apps_output_dto import ConferencingAppsOutputDto, ConferencingAppsOutputDtoDict

    pass


class ConferencingAppOutputResponseDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: ConferencingAppOutputResponseDtoStatus = field(
        "status", enum_of(ConferencingAppOutputResponseDtoStatus), required=True
    )
    data: ConferencingAppsOutputDto = field(
        "data", model("conferencing_apps_output_dto", "ConferencingAppsOutputDto"), required=True
    )

    def __init__(
        self,
        *,
        status: ConferencingAppOutputResponseDtoStatus,
        data: ConferencingAppsOutputDto,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class ConferencingAppOutputResponseDtoDict(TypedDict, total=False):
    """``ConferencingAppOutputResponseDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[ConferencingAppOutputResponseDtoStatus | Literal["error", "success"]]
    data: Required[ConferencingAppsOutputDto | ConferencingAppsOutputDtoDict]
