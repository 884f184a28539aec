# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
    nullable,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .get_default_conferencing_app_output_response_dto_status import GetDefaultConferencingAppOutputResponseDtoStatus

if TYPE_CHECKING:
    from .default_conferencing_apps_output_dto import (
        DefaultConferencingAppsOutputDto,
        DefaultConferencingAppsOutputDtoDict,
    )

    pass


class GetDefaultConferencingAppOutputResponseDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetDefaultConferencingAppOutputResponseDtoStatus = field(
        "status", enum_of(GetDefaultConferencingAppOutputResponseDtoStatus), required=True
    )
    data: DefaultConferencingAppsOutputDto | None | Unset = field(
        "data",
        nullable(model("default_conferencing_apps_output_dto", "DefaultConferencingAppsOutputDto")),
        required=False,
    )

    def __init__(
        self,
        *,
        status: GetDefaultConferencingAppOutputResponseDtoStatus,
        data: DefaultConferencingAppsOutputDto | None | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetDefaultConferencingAppOutputResponseDtoDict(TypedDict, total=False):
    """``GetDefaultConferencingAppOutputResponseDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetDefaultConferencingAppOutputResponseDtoStatus | Literal["error", "success"]]
    data: DefaultConferencingAppsOutputDto | DefaultConferencingAppsOutputDtoDict | None
