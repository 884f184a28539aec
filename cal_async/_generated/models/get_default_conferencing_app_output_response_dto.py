# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_default_conferencing_app_output_response_dto_status import (
    GetDefaultConferencingAppOutputResponseDtoStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.default_conferencing_apps_output_dto import DefaultConferencingAppsOutputDto


class GetDefaultConferencingAppOutputResponseDto(ApiModel):
    """
    Attributes:
        status (GetDefaultConferencingAppOutputResponseDtoStatus):  Example: success.
        data (DefaultConferencingAppsOutputDto | Unset):
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
        }
    )

    def __init__(
        self,
        *,
        status: GetDefaultConferencingAppOutputResponseDtoStatus,
        data: DefaultConferencingAppsOutputDto | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetDefaultConferencingAppOutputResponseDtoStatus(status).value

        _data = UNSET
        if not isinstance(data, Unset):
            _data = as_json(data)

        if not isinstance(_data, Unset):
            data["data"] = _data
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetDefaultConferencingAppOutputResponseDtoStatus:
        status = GetDefaultConferencingAppOutputResponseDtoStatus(self._req("status"))

        return status

    @property
    def data(self) -> DefaultConferencingAppsOutputDto | Unset:
        from ..models.default_conferencing_apps_output_dto import DefaultConferencingAppsOutputDto  # noqa: PLC0415

        _data = self._data.get("data", UNSET)
        data: DefaultConferencingAppsOutputDto | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = DefaultConferencingAppsOutputDto.from_dict(_data)

        return data
