# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class DestinationCalendar20240614(ApiModel):
    """
    Attributes:
        integration (str): The integration type of the destination calendar. Refer to the /api/v2/calendars endpoint to
            retrieve the integration type of your connected calendars.
        external_id (str): The external ID of the destination calendar. Refer to the /api/v2/calendars endpoint to
            retrieve the external IDs of your connected calendars.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "integration",
            "externalId",
        }
    )
    _required = frozenset(
        {
            "integration",
            "externalId",
        }
    )

    def __init__(
        self,
        *,
        integration: str,
        external_id: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["integration"] = integration

        data["externalId"] = external_id

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def integration(self) -> str:
        """The integration type of the destination calendar. Refer to the /api/v2/calendars endpoint to
        retrieve the integration type of your connected calendars."""
        return cast(str, self._req("integration"))

    @property
    def external_id(self) -> str:
        """The external ID of the destination calendar. Refer to the /api/v2/calendars endpoint to retrieve the
        external IDs of your connected calendars."""
        return cast(str, self._req("externalId"))
