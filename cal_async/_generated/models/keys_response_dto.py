# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.keys_response_dto_status import KeysResponseDtoStatus

if TYPE_CHECKING:
    from ..models.keys_dto import KeysDto


class KeysResponseDto(ApiModel):
    """
    Attributes:
        status (KeysResponseDtoStatus):  Example: success.
        data (KeysDto):
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
        status: KeysResponseDtoStatus,
        data: KeysDto,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = KeysResponseDtoStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> KeysResponseDtoStatus:
        status = KeysResponseDtoStatus(self._req("status"))

        return status

    @property
    def data(self) -> KeysDto:
        from ..models.keys_dto import KeysDto  # noqa: PLC0415

        data = KeysDto.from_dict(self._req("data"))

        return data
