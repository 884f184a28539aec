# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.conferencing_app_output_response_dto_status import ConferencingAppOutputResponseDtoStatus

if TYPE_CHECKING:
    from ..models.conferencing_apps_output_dto import ConferencingAppsOutputDto


class ConferencingAppOutputResponseDto(ApiModel):
    """
    Attributes:
        status (ConferencingAppOutputResponseDtoStatus):
        data (ConferencingAppsOutputDto):
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
        status: ConferencingAppOutputResponseDtoStatus,
        data: ConferencingAppsOutputDto,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = ConferencingAppOutputResponseDtoStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> ConferencingAppOutputResponseDtoStatus:
        status = ConferencingAppOutputResponseDtoStatus(self._req("status"))

        return status

    @property
    def data(self) -> ConferencingAppsOutputDto:
        from ..models.conferencing_apps_output_dto import ConferencingAppsOutputDto  # noqa: PLC0415

        data = ConferencingAppsOutputDto.from_dict(self._req("data"))

        return data
