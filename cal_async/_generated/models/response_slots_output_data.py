# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

if TYPE_CHECKING:
    from ..models.range_slots_output import RangeSlotsOutput
    from ..models.slots_output import SlotsOutput


class ResponseSlotsOutputData(ApiModel):
    """
    Attributes:
        event_type_id (int):
        slots (RangeSlotsOutput | SlotsOutput):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "eventTypeId",
            "slots",
        }
    )
    _required = frozenset(
        {
            "eventTypeId",
            "slots",
        }
    )

    def __init__(
        self,
        *,
        event_type_id: int,
        slots: RangeSlotsOutput | SlotsOutput,
        **extra: Any,
    ) -> None:
        from ..models.slots_output import SlotsOutput  # noqa: PLC0415

        data: dict[str, Any] = {}
        data["eventTypeId"] = event_type_id

        if isinstance(slots, SlotsOutput):
            data["slots"] = as_json(slots)
        else:
            data["slots"] = as_json(slots)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def event_type_id(self) -> int:
        return cast(int, self._req("eventTypeId"))

    @property
    def slots(self) -> RangeSlotsOutput | SlotsOutput:
        from ..models.range_slots_output import RangeSlotsOutput  # noqa: PLC0415
        from ..models.slots_output import SlotsOutput  # noqa: PLC0415

        def _parse_slots(data: object) -> RangeSlotsOutput | SlotsOutput:
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
            return cast(RangeSlotsOutput | SlotsOutput, data)

        slots = _parse_slots(self._req("slots"))

        return slots
