# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_o_auth_clients_response_dto_status import GetOAuthClientsResponseDtoStatus

if TYPE_CHECKING:
    from ..models.platform_o_auth_client_dto import PlatformOAuthClientDto


class GetOAuthClientsResponseDto(ApiModel):
    """
    Attributes:
        status (GetOAuthClientsResponseDtoStatus):  Example: success.
        data (list[PlatformOAuthClientDto]):
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
        status: GetOAuthClientsResponseDtoStatus,
        data: list[PlatformOAuthClientDto],
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetOAuthClientsResponseDtoStatus(status).value

        data["data"] = []
        for data_item_data in data:
            data_item = as_json(data_item_data)
            data["data"].append(data_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetOAuthClientsResponseDtoStatus:
        status = GetOAuthClientsResponseDtoStatus(self._req("status"))

        return status

    @property
    def data(self) -> list[PlatformOAuthClientDto]:
        from ..models.platform_o_auth_client_dto import PlatformOAuthClientDto  # noqa: PLC0415

        data = []
        _data = self._req("data")
        for data_item_data in _data:
            data_item = PlatformOAuthClientDto.from_dict(data_item_data)

            data.append(data_item)

        return data
