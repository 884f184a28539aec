# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_routing_form_responses_output_status import GetRoutingFormResponsesOutputStatus

if TYPE_CHECKING:
    from ..models.routing_form_response_output import RoutingFormResponseOutput


class GetRoutingFormResponsesOutput(ApiModel):
    """
    Attributes:
        status (GetRoutingFormResponsesOutputStatus):  Example: success.
        data (RoutingFormResponseOutput):
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
        status: GetRoutingFormResponsesOutputStatus,
        data: RoutingFormResponseOutput,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetRoutingFormResponsesOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetRoutingFormResponsesOutputStatus:
        status = GetRoutingFormResponsesOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> RoutingFormResponseOutput:
        from ..models.routing_form_response_output import RoutingFormResponseOutput  # noqa: PLC0415

        data = RoutingFormResponseOutput.from_dict(self._req("data"))

        return data
