# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .create_routing_form_response_output_status import CreateRoutingFormResponseOutputStatus

if TYPE_CHECKING:
    from .create_routing_form_response_output_data import (
        CreateRoutingFormResponseOutputData,
        CreateRoutingFormResponseOutputDataDict,
    )

    pass


class CreateRoutingFormResponseOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: CreateRoutingFormResponseOutputStatus = field(
        "status", enum_of(CreateRoutingFormResponseOutputStatus), required=True
    )
    data: CreateRoutingFormResponseOutputData = field(
        "data", model("create_routing_form_response_output_data", "CreateRoutingFormResponseOutputData"), required=True
    )

    def __init__(
        self,
        *,
        status: CreateRoutingFormResponseOutputStatus,
        data: CreateRoutingFormResponseOutputData,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class CreateRoutingFormResponseOutputDict(TypedDict, total=False):
    """``CreateRoutingFormResponseOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[CreateRoutingFormResponseOutputStatus | Literal["error", "success"]]
    data: Required[CreateRoutingFormResponseOutputData | CreateRoutingFormResponseOutputDataDict]
