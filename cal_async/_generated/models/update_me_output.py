# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.update_me_output_status import UpdateMeOutputStatus

if TYPE_CHECKING:
    from ..models.me_output import MeOutput


class UpdateMeOutput(ApiModel):
    """
    Attributes:
        status (UpdateMeOutputStatus):  Example: success.
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
        status: UpdateMeOutputStatus,
        data: MeOutput,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = UpdateMeOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> UpdateMeOutputStatus:
        status = UpdateMeOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> MeOutput:
        from ..models.me_output import MeOutput  # noqa: PLC0415

        data = MeOutput.from_dict(self._req("data"))

        return data
