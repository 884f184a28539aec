# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_o_auth_client_response_dto_status import GetOAuthClientResponseDtoStatus

if TYPE_CHECKING:
    from ..models.platform_o_auth_client_dto import PlatformOAuthClientDto


class GetOAuthClientResponseDto(ApiModel):
    """
    Attributes:
        status (GetOAuthClientResponseDtoStatus):  Example: success.
        data (PlatformOAuthClientDto):
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
        status: GetOAuthClientResponseDtoStatus,
        data: PlatformOAuthClientDto,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetOAuthClientResponseDtoStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetOAuthClientResponseDtoStatus:
        status = GetOAuthClientResponseDtoStatus(self._req("status"))

        return status

    @property
    def data(self) -> PlatformOAuthClientDto:
        from ..models.platform_o_auth_client_dto import PlatformOAuthClientDto  # noqa: PLC0415

        data = PlatformOAuthClientDto.from_dict(self._req("data"))

        return data
