# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_managed_user_output_status import GetManagedUserOutputStatus

if TYPE_CHECKING:
    from ..models.managed_user_output import ManagedUserOutput


class GetManagedUserOutput(ApiModel):
    """
    Attributes:
        status (GetManagedUserOutputStatus):  Example: success.
        data (ManagedUserOutput):
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
        status: GetManagedUserOutputStatus,
        data: ManagedUserOutput,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetManagedUserOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetManagedUserOutputStatus:
        status = GetManagedUserOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> ManagedUserOutput:
        from ..models.managed_user_output import ManagedUserOutput  # noqa: PLC0415

        data = ManagedUserOutput.from_dict(self._req("data"))

        return data
