# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.conferencing_apps_output_response_dto_status import ConferencingAppsOutputResponseDtoStatus

if TYPE_CHECKING:
    from ..models.conferencing_apps_output_dto import ConferencingAppsOutputDto


class ConferencingAppsOutputResponseDto(ApiModel):
    """
    Attributes:
        status (ConferencingAppsOutputResponseDtoStatus):
        data (list[ConferencingAppsOutputDto]):
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
        status: ConferencingAppsOutputResponseDtoStatus,
        data: list[ConferencingAppsOutputDto],
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = ConferencingAppsOutputResponseDtoStatus(status).value

        data["data"] = []
        for data_item_data in data:
            data_item = as_json(data_item_data)
            data["data"].append(data_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> ConferencingAppsOutputResponseDtoStatus:
        status = ConferencingAppsOutputResponseDtoStatus(self._req("status"))

        return status

    @property
    def data(self) -> list[ConferencingAppsOutputDto]:
        from ..models.conferencing_apps_output_dto import ConferencingAppsOutputDto  # noqa: PLC0415

        data = []
        _data = self._req("data")
        for data_item_data in _data:
            data_item = ConferencingAppsOutputDto.from_dict(data_item_data)

            data.append(data_item)

        return data
