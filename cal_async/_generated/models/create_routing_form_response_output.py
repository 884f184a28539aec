# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.create_routing_form_response_output_status import CreateRoutingFormResponseOutputStatus

if TYPE_CHECKING:
    from ..models.create_routing_form_response_output_data import CreateRoutingFormResponseOutputData


class CreateRoutingFormResponseOutput(ApiModel):
    """
    Attributes:
        status (CreateRoutingFormResponseOutputStatus):  Example: success.
        data (CreateRoutingFormResponseOutputData):
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
        status: CreateRoutingFormResponseOutputStatus,
        data: CreateRoutingFormResponseOutputData,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = CreateRoutingFormResponseOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> CreateRoutingFormResponseOutputStatus:
        status = CreateRoutingFormResponseOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> CreateRoutingFormResponseOutputData:
        from ..models.create_routing_form_response_output_data import CreateRoutingFormResponseOutputData  # noqa: PLC0415

        data = CreateRoutingFormResponseOutputData.from_dict(self._req("data"))

        return data
