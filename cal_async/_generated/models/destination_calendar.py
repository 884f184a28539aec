# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    STR,
    field,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class DestinationCalendar(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    integration: str = field("integration", STR, required=True)
    """ The integration type of the destination calendar. Refer to the /api/v2/calendars endpoint to
    retrieve the integration type of your connected calendars. """
    external_id: str = field("externalId", STR, required=True)
    """ The external ID of the destination calendar. Refer to the /api/v2/calendars endpoint to retrieve the
    external IDs of your connected calendars. """

    def __init__(
        self,
        *,
        integration: str,
        external_id: str,
    ) -> None:
        self._set(
            {
                "integration": integration,
                "externalId": external_id,
            }
        )


class DestinationCalendarDict(TypedDict, total=False):
    """``DestinationCalendar`` as a plain dict with the API's JSON names, for request bodies."""

    integration: Required[str]
    externalId: Required[str]
