# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .get_routing_form_responses_output_status import GetRoutingFormResponsesOutputStatus

if TYPE_CHECKING:
    from .routing_form_response_output import RoutingFormResponseOutput, RoutingFormResponseOutputDict

    pass


class GetRoutingFormResponsesOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetRoutingFormResponsesOutputStatus = field(
        "status", enum_of(GetRoutingFormResponsesOutputStatus), required=True
    )
    data: RoutingFormResponseOutput = field(
        "data", model("routing_form_response_output", "RoutingFormResponseOutput"), required=True
    )

    def __init__(
        self,
        *,
        status: GetRoutingFormResponsesOutputStatus,
        data: RoutingFormResponseOutput,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetRoutingFormResponsesOutputDict(TypedDict, total=False):
    """``GetRoutingFormResponsesOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetRoutingFormResponsesOutputStatus | Literal["error", "success"]]
    data: Required[RoutingFormResponseOutput | RoutingFormResponseOutputDict]
