# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
)
from cal_async._models import ApiModel

from .set_default_conferencing_app_output_response_dto_status import SetDefaultConferencingAppOutputResponseDtoStatus

if TYPE_CHECKING:
    pass


class SetDefaultConferencingAppOutputResponseDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: SetDefaultConferencingAppOutputResponseDtoStatus = field(
        "status", enum_of(SetDefaultConferencingAppOutputResponseDtoStatus), required=True
    )

    def __init__(
        self,
        *,
        status: SetDefaultConferencingAppOutputResponseDtoStatus,
    ) -> None:
        self._set(
            {
                "status": status,
            }
        )


class SetDefaultConferencingAppOutputResponseDtoDict(TypedDict, total=False):
    """``SetDefaultConferencingAppOutputResponseDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[SetDefaultConferencingAppOutputResponseDtoStatus | Literal["error", "success"]]
