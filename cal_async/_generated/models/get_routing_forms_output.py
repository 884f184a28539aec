# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    list_of,
    model,
)
from cal_async._models import ApiModel

from .get_routing_forms_output_status import GetRoutingFormsOutputStatus

if TYPE_CHECKING:
    from .routing_form_output import RoutingFormOutput, RoutingFormOutputDict

    pass


class GetRoutingFormsOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetRoutingFormsOutputStatus = field("status", enum_of(GetRoutingFormsOutputStatus), required=True)
    data: list[RoutingFormOutput] = field(
        "data", list_of(model("routing_form_output", "RoutingFormOutput")), required=True
    )

    def __init__(
        self,
        *,
        status: GetRoutingFormsOutputStatus,
        data: list[RoutingFormOutput],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetRoutingFormsOutputDict(TypedDict, total=False):
    """``GetRoutingFormsOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetRoutingFormsOutputStatus | Literal["error", "success"]]
    data: Required[Sequence[RoutingFormOutput | RoutingFormOutputDict]]
