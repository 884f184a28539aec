# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.range_slots_output import RangeSlotsOutput
    from ..models.routing import Routing
    from ..models.slots_output import SlotsOutput


class CreateRoutingFormResponseOutputData(ApiModel):
    """
    Attributes:
        event_type_id (int | Unset): The ID of the event type that was routed to. Example: 123.
        routing (Routing | Unset):
        routing_custom_message (str | Unset): A custom message to be displayed to the user in case of routing to a
            custom page. Example: This is a custom message..
        routing_external_redirect_url (str | Unset): The external redirect URL to be used in case of routing to a non
            cal.com event type URL. Example: https://example.com/.
        slots (RangeSlotsOutput | SlotsOutput | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "eventTypeId",
            "routing",
            "routingCustomMessage",
            "routingExternalRedirectUrl",
            "slots",
        }
    )
    _required = frozenset({})

    def __init__(
        self,
        *,
        event_type_id: int | Unset = UNSET,
        routing: Routing | Unset = UNSET,
        routing_custom_message: str | Unset = UNSET,
        routing_external_redirect_url: str | Unset = UNSET,
        slots: RangeSlotsOutput | SlotsOutput | Unset = UNSET,
        **extra: Any,
    ) -> None:
        from ..models.slots_output import SlotsOutput  # noqa: PLC0415

        data: dict[str, Any] = {}
        _event_type_id = event_type_id

        if not isinstance(_event_type_id, Unset):
            data["eventTypeId"] = _event_type_id
        _routing = UNSET
        if not isinstance(routing, Unset):
            _routing = as_json(routing)

        if not isinstance(_routing, Unset):
            data["routing"] = _routing
        _routing_custom_message = routing_custom_message

        if not isinstance(_routing_custom_message, Unset):
            data["routingCustomMessage"] = _routing_custom_message
        _routing_external_redirect_url = routing_external_redirect_url

        if not isinstance(_routing_external_redirect_url, Unset):
            data["routingExternalRedirectUrl"] = _routing_external_redirect_url

        if isinstance(slots, Unset):
            _slots = UNSET
        elif isinstance(slots, SlotsOutput):
            _slots = as_json(slots)
        else:
            _slots = as_json(slots)

        if not isinstance(_slots, Unset):
            data["slots"] = _slots
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def event_type_id(self) -> int | Unset:
        """The ID of the event type that was routed to."""
        return cast(int | Unset, self._data.get("eventTypeId", UNSET))

    @property
    def routing(self) -> Routing | Unset:
        from ..models.routing import Routing  # noqa: PLC0415

        _routing = self._data.get("routing", UNSET)
        routing: Routing | Unset
        if isinstance(_routing, Unset):
            routing = UNSET
        else:
            routing = Routing.from_dict(_routing)

        return routing

    @property
    def routing_custom_message(self) -> str | Unset:
        """A custom message to be displayed to the user in case of routing to a custom page."""
        return cast(str | Unset, self._data.get("routingCustomMessage", UNSET))

    @property
    def routing_external_redirect_url(self) -> str | Unset:
        """The external redirect URL to be used in case of routing to a non cal.com event type URL."""
        return cast(str | Unset, self._data.get("routingExternalRedirectUrl", UNSET))

    @property
    def slots(self) -> RangeSlotsOutput | SlotsOutput | Unset:
        from ..models.range_slots_output import RangeSlotsOutput  # noqa: PLC0415
        from ..models.slots_output import SlotsOutput  # noqa: PLC0415

        def _parse_slots(data: object) -> RangeSlotsOutput | SlotsOutput | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not SlotsOutput._matches(data):
                    raise TypeError()
                slots_type_0 = SlotsOutput.from_dict(data)

                return slots_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not RangeSlotsOutput._matches(data):
                    raise TypeError()
                slots_type_1 = RangeSlotsOutput.from_dict(data)

                return slots_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RangeSlotsOutput | SlotsOutput | Unset, data)

        slots = _parse_slots(self._data.get("slots", UNSET))

        return slots
