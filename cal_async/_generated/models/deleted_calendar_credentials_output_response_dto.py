# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .deleted_calendar_credentials_output_response_dto_status import DeletedCalendarCredentialsOutputResponseDtoStatus

if TYPE_CHECKING:
    from .deleted_calendar_credentials_output_dto import (
        DeletedCalendarCredentialsOutputDto,
        DeletedCalendarCredentialsOutputDtoDict,
    )

    pass


class DeletedCalendarCredentialsOutputResponseDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: DeletedCalendarCredentialsOutputResponseDtoStatus = field(
        "status", enum_of(DeletedCalendarCredentialsOutputResponseDtoStatus), required=True
    )
    data: DeletedCalendarCredentialsOutputDto = field(
        "data", model("deleted_calendar_credentials_output_dto", "DeletedCalendarCredentialsOutputDto"), required=True
    )

    def __init__(
        self,
        *,
        status: DeletedCalendarCredentialsOutputResponseDtoStatus,
        data: DeletedCalendarCredentialsOutputDto,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class DeletedCalendarCredentialsOutputResponseDtoDict(TypedDict, total=False):
    """``DeletedCalendarCredentialsOutputResponseDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[DeletedCalendarCredentialsOutputResponseDtoStatus | Literal["error", "success"]]
    data: Required[DeletedCalendarCredentialsOutputDto | DeletedCalendarCredentialsOutputDtoDict]
