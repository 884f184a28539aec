# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

if TYPE_CHECKING:
    from ..models.routing_form_response_output_response import RoutingFormResponseOutputResponse


class RoutingFormResponseOutput(ApiModel):
    """
    Attributes:
        id (int):
        form_id (str):
        form_filler_id (str):
        routed_to_booking_uid (str):
        response (RoutingFormResponseOutputResponse):  Example: {'f00b26df-f54b-4985-8d98-17c5482c6a24': {'label':
            'participant', 'value': 'mamut'}}.
        created_at (datetime.datetime):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "formId",
            "formFillerId",
            "routedToBookingUid",
            "response",
            "createdAt",
        }
    )
    _required = frozenset(
        {
            "id",
            "formId",
            "formFillerId",
            "routedToBookingUid",
            "response",
            "createdAt",
        }
    )

    def __init__(
        self,
        *,
        id: int,
        form_id: str,
        form_filler_id: str,
        routed_to_booking_uid: str,
        response: RoutingFormResponseOutputResponse,
        created_at: datetime.datetime,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["formId"] = form_id

        data["formFillerId"] = form_filler_id

        data["routedToBookingUid"] = routed_to_booking_uid

        data["response"] = as_json(response)

        data["createdAt"] = created_at if isinstance(created_at, str) else created_at.isoformat()

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> int:
        return cast(int, self._req("id"))

    @property
    def form_id(self) -> str:
        return cast(str, self._req("formId"))

    @property
    def form_filler_id(self) -> str:
        return cast(str, self._req("formFillerId"))

    @property
    def routed_to_booking_uid(self) -> str:
        return cast(str, self._req("routedToBookingUid"))

    @property
    def response(self) -> RoutingFormResponseOutputResponse:
        from ..models.routing_form_response_output_response import RoutingFormResponseOutputResponse  # noqa: PLC0415

        response = RoutingFormResponseOutputResponse.from_dict(self._req("response"))

        return response

    @property
    def created_at(self) -> datetime.datetime:
        created_at = datetime.datetime.fromisoformat(self._req("createdAt"))

        return created_at
