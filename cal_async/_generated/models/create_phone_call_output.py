# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.create_phone_call_output_status import CreatePhoneCallOutputStatus

if TYPE_CHECKING:
    from ..models.data import Data


class CreatePhoneCallOutput(ApiModel):
    """
    Attributes:
        status (CreatePhoneCallOutputStatus):  Example: success.
        data (Data):
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
        status: CreatePhoneCallOutputStatus,
        data: Data,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = CreatePhoneCallOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> CreatePhoneCallOutputStatus:
        status = CreatePhoneCallOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> Data:
        from ..models.data import Data  # noqa: PLC0415

        data = Data.from_dict(self._req("data"))

        return data
