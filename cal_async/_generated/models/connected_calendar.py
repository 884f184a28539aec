# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    INT,
    STR,
    field,
    list_of,
    model,
    nullable,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from .calendar import Calendar, CalendarDict
    from .integration import Integration, IntegrationDict
    from .primary import Primary, PrimaryDict

    pass


class ConnectedCalendar(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    integration: Integration = field("integration", model("integration", "Integration"), required=True)
    credential_id: int = field("credentialId", INT, required=True)
    delegation_credential_id: str | None | Unset = field("delegationCredentialId", nullable(STR), required=False)
    primary: Primary | Unset = field("primary", model("primary", "Primary"), required=False)
    calendars: list[Calendar] | Unset = field("calendars", list_of(model("calendar", "Calendar")), required=False)

    def __init__(
        self,
        *,
        integration: Integration,
        credential_id: int,
        delegation_credential_id: str | None | Unset = UNSET,
        primary: Primary | Unset = UNSET,
        calendars: list[Calendar] | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "integration": integration,
                "credentialId": credential_id,
                "delegationCredentialId": delegation_credential_id,
                "primary": primary,
                "calendars": calendars,
            }
        )


class ConnectedCalendarDict(TypedDict, total=False):
    """``ConnectedCalendar`` as a plain dict with the API's JSON names, for request bodies."""

    integration: Required[Integration | IntegrationDict]
    credentialId: Required[int]
    delegationCredentialId: str | None
    primary: Primary | PrimaryDict
    calendars: Sequence[Calendar | CalendarDict]
