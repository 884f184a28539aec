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

from .conferencing_apps_output_response_dto_status import ConferencingAppsOutputResponseDtoStatus

if TYPE_CHECKING:
    from .conferencing_apps_output_dto import ConferencingAppsOutputDto, ConferencingAppsOutputDtoDict

    pass


class ConferencingAppsOutputResponseDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: ConferencingAppsOutputResponseDtoStatus = field(
        "status", enum_of(ConferencingAppsOutputResponseDtoStatus), required=True
    )
    data: list[ConferencingAppsOutputDto] = field(
        "data", list_of(model("conferencing_apps_output_dto", "ConferencingAppsOutputDto")), required=True
    )

    def __init__(
        self,
        *,
        status: ConferencingAppsOutputResponseDtoStatus,
        data: list[ConferencingAppsOutputDto],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class ConferencingAppsOutputResponseDtoDict(TypedDict, total=False):
    """``ConferencingAppsOutputResponseDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[ConferencingAppsOutputResponseDtoStatus | Literal["error", "success"]]
    data: Required[Sequence[ConferencingAppsOutputDto | ConferencingAppsOutputDtoDict]]
