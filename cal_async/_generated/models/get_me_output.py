# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_me_output_status import GetMeOutputStatus

if TYPE_CHECKING:
    from ..models.me_output import MeOutput


class GetMeOutput(ApiModel):
    """
    Attributes:
        status (GetMeOutputStatus):  Example: success.
        data (MeOutput):
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
        status: GetMeOutputStatus,
        data: MeOutput,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetMeOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetMeOutputStatus:
        status = GetMeOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> MeOutput:
        from ..models.me_output import MeOutput  # noqa: PLC0415

        data = MeOutput.from_dict(self._req("data"))

        return data
