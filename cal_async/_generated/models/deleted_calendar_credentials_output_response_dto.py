# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.deleted_calendar_credentials_output_response_dto_status import (
    DeletedCalendarCredentialsOutputResponseDtoStatus,
)

if TYPE_CHECKING:
    from ..models.deleted_calendar_credentials_output_dto import DeletedCalendarCredentialsOutputDto


class DeletedCalendarCredentialsOutputResponseDto(ApiModel):
    """
    Attributes:
        status (DeletedCalendarCredentialsOutputResponseDtoStatus):  Example: success.
        data (DeletedCalendarCredentialsOutputDto):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "status",
            "data",
        }
    )
    _required = frozenset(
        {
            "status",
            "data",
        }
    )

    def __init__(
        self,
        *,
        status: DeletedCalendarCredentialsOutputResponseDtoStatus,
        data: DeletedCalendarCredentialsOutputDto,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = DeletedCalendarCredentialsOutputResponseDtoStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> DeletedCalendarCredentialsOutputResponseDtoStatus:
        status = DeletedCalendarCredentialsOutputResponseDtoStatus(self._req("status"))

        return status

    @property
    def data(self) -> DeletedCalendarCredentialsOutputDto:
        from ..models.deleted_calendar_credentials_output_dto import DeletedCalendarCredentialsOutputDto  # noqa: PLC0415

        data = DeletedCalendarCredentialsOutputDto.from_dict(self._req("data"))

        return data
