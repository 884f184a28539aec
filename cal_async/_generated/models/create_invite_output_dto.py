# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

if TYPE_CHECKING:
    from ..models.invite_data_dto import InviteDataDto


class CreateInviteOutputDto(ApiModel):
    """
    Attributes:
        status (str):  Example: success.
        data (InviteDataDto):
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
        status: str,
        data: InviteDataDto,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = status

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> str:
        return cast(str, self._req("status"))

    @property
    def data(self) -> InviteDataDto:
        from ..models.invite_data_dto import InviteDataDto  # noqa: PLC0415

        data = InviteDataDto.from_dict(self._req("data"))

        return data
