# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_event_type_output_status import GetEventTypeOutputStatus

if TYPE_CHECKING:
    from ..models.event_type_output import EventTypeOutput


class GetEventTypeOutput(ApiModel):
    """
    Attributes:
        status (GetEventTypeOutputStatus):  Example: success.
        data (EventTypeOutput | None):
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
        status: GetEventTypeOutputStatus,
        data: EventTypeOutput | None,
        **extra: Any,
    ) -> None:
        from ..models.event_type_output import EventTypeOutput  # noqa: PLC0415

        data: dict[str, Any] = {}
        data["status"] = GetEventTypeOutputStatus(status).value

        if isinstance(data, EventTypeOutput):
            data["data"] = as_json(data)
        else:
            data["data"] = data

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetEventTypeOutputStatus:
        status = GetEventTypeOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> EventTypeOutput | None:
        from ..models.event_type_output import EventTypeOutput  # noqa: PLC0415

        def _parse_data(data: object) -> EventTypeOutput | None:
            if data is None:
                return data
            try:
                if not EventTypeOutput._matches(data):
                    raise TypeError()
                data_type_1 = EventTypeOutput.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventTypeOutput | None, data)

        data = _parse_data(self._req("data"))

        return data
