# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.create_ics_feed_output_response_dto_status import CreateIcsFeedOutputResponseDtoStatus

if TYPE_CHECKING:
    from ..models.create_ics_feed_output import CreateIcsFeedOutput


class CreateIcsFeedOutputResponseDto(ApiModel):
    """
    Attributes:
        status (CreateIcsFeedOutputResponseDtoStatus):  Example: success.
        data (CreateIcsFeedOutput):
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
        status: CreateIcsFeedOutputResponseDtoStatus,
        data: CreateIcsFeedOutput,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = CreateIcsFeedOutputResponseDtoStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> CreateIcsFeedOutputResponseDtoStatus:
        status = CreateIcsFeedOutputResponseDtoStatus(self._req("status"))

        return status

    @property
    def data(self) -> CreateIcsFeedOutput:
        from ..models.create_ics_feed_output import CreateIcsFeedOutput  # noqa: PLC0415

        data = CreateIcsFeedOutput.from_dict(self._req("data"))

        return data
