# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from cal_async._fields import (
    INT,
    STR,
    field,
    model,
    one_of,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from .range_slots_output import RangeSlotsOutput
    from .routing import Routing, RoutingDict
    from .slots_output import SlotsOutput

    pass


class CreateRoutingFormResponseOutputData(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    event_type_id: int | Unset = field("eventTypeId", INT, required=False)
    """ The ID of the event type that was routed to. """
    routing: Routing | Unset = field("routing", model("routing", "Routing"), required=False)
    routing_custom_message: str | Unset = field("routingCustomMessage", STR, required=False)
    """ A custom message to be displayed to the user in case of routing to a custom page. """
    routing_external_redirect_url: str | Unset = field("routingExternalRedirectUrl", STR, required=False)
    """ The external redirect URL to be used in case of routing to a non cal.com event type URL. """
    slots: SlotsOutput | RangeSlotsOutput | Unset = field(
        "slots",
        one_of(model("slots_output", "SlotsOutput"), model("range_slots_output", "RangeSlotsOutput")),
        required=False,
    )

    def __init__(
        self,
        *,
        event_type_id: int | Unset = UNSET,
        routing: Routing | Unset = UNSET,
        routing_custom_message: str | Unset = UNSET,
        routing_external_redirect_url: str | Unset = UNSET,
        slots: SlotsOutput | RangeSlotsOutput | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "eventTypeId": event_type_id,
                "routing": routing,
                "routingCustomMessage": routing_custom_message,
                "routingExternalRedirectUrl": routing_external_redirect_url,
                "slots": slots,
            }
        )


class CreateRoutingFormResponseOutputDataDict(TypedDict, total=False):
    """``CreateRoutingFormResponseOutputData`` as a plain dict with the API's JSON names, for request bodies."""

    eventTypeId: int
    routing: Routing | RoutingDict
    routingCustomMessage: str
    routingExternalRedirectUrl: str
    slots: SlotsOutput | Mapping[str, Any] | RangeSlotsOutput | Mapping[str, Any]
