# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from cal_async._fields import (
    DATETIME,
    INT,
    STR,
    field,
    model,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    from .routing_form_response_output_response import RoutingFormResponseOutputResponse

    pass


class RoutingFormResponseOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: int = field("id", INT, required=True)
    form_id: str = field("formId", STR, required=True)
    form_filler_id: str = field("formFillerId", STR, required=True)
    routed_to_booking_uid: str = field("routedToBookingUid", STR, required=True)
    response: RoutingFormResponseOutputResponse = field(
        "response", model("routing_form_response_output_response", "RoutingFormResponseOutputResponse"), required=True
    )
    created_at: datetime.datetime = field("createdAt", DATETIME, required=True)

    def __init__(
        self,
        *,
        id: int,
        form_id: str,
        form_filler_id: str,
        routed_to_booking_uid: str,
        response: RoutingFormResponseOutputResponse,
        created_at: datetime.datetime,
    ) -> None:
        self._set(
            {
                "id": id,
                "formId": form_id,
                "formFillerId": form_filler_id,
                "routedToBookingUid": routed_to_booking_uid,
                "response": response,
                "createdAt": created_at,
            }
        )


class RoutingFormResponseOutputDict(TypedDict, total=False):
    """``RoutingFormResponseOutput`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[int]
    formId: Required[str]
    formFillerId: Required[str]
    routedToBookingUid: Required[str]
    response: Required[RoutingFormResponseOutputResponse | Mapping[str, Any]]
    createdAt: Required[datetime.datetime]
