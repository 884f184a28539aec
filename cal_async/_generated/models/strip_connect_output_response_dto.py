# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.strip_connect_output_response_dto_status import StripConnectOutputResponseDtoStatus

if TYPE_CHECKING:
    from ..models.strip_connect_output_dto import StripConnectOutputDto


class StripConnectOutputResponseDto(ApiModel):
    """
    Attributes:
        status (StripConnectOutputResponseDtoStatus):  Example: success.
        data (StripConnectOutputDto):
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
        status: StripConnectOutputResponseDtoStatus,
        data: StripConnectOutputDto,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = StripConnectOutputResponseDtoStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> StripConnectOutputResponseDtoStatus:
        status = StripConnectOutputResponseDtoStatus(self._req("status"))

        return status

    @property
    def data(self) -> StripConnectOutputDto:
        from ..models.strip_connect_output_dto import StripConnectOutputDto  # noqa: PLC0415

        data = StripConnectOutputDto.from_dict(self._req("data"))

        return data
