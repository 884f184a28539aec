# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.booking_input_integration_location_integration import BookingInputIntegrationLocationIntegration


class BookingInputIntegrationLocation(ApiModel):
    """
    Attributes:
        type_ (str): only allowed value for type is `integration` Example: integration.
        integration (BookingInputIntegrationLocationIntegration):  Example: cal-video.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "type",
            "integration",
        }
    )
    _required = frozenset(
        {
            "type",
            "integration",
        }
    )

    def __init__(
        self,
        *,
        type_: str,
        integration: BookingInputIntegrationLocationIntegration,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = type_

        data["integration"] = BookingInputIntegrationLocationIntegration(integration).value

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> str:
        """only allowed value for type is `integration`"""
        return cast(str, self._req("type"))

    @property
    def integration(self) -> BookingInputIntegrationLocationIntegration:
        integration = BookingInputIntegrationLocationIntegration(self._req("integration"))

        return integration
