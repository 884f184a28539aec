# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.assign_option_user_output_status import AssignOptionUserOutputStatus

if TYPE_CHECKING:
    from ..models.assign_option_user_output_data import AssignOptionUserOutputData


class AssignOptionUserOutput(ApiModel):
    """
    Attributes:
        status (AssignOptionUserOutputStatus):  Example: success.
        data (AssignOptionUserOutputData):
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
        status: AssignOptionUserOutputStatus,
        data: AssignOptionUserOutputData,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = AssignOptionUserOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> AssignOptionUserOutputStatus:
        status = AssignOptionUserOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> AssignOptionUserOutputData:
        from ..models.assign_option_user_output_data import AssignOptionUserOutputData  # noqa: PLC0415

        data = AssignOptionUserOutputData.from_dict(self._req("data"))

        return data
