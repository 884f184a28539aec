# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.destination_calendars_input_body_dto_integration import DestinationCalendarsInputBodyDtoIntegration
from ..types import UNSET, Unset


class DestinationCalendarsInputBodyDto(ApiModel):
    """
    Attributes:
        integration (DestinationCalendarsInputBodyDtoIntegration): The calendar service you want to integrate, as
            returned by the /calendars endpoint Example: apple_calendar.
        external_id (str): Unique identifier used to represent the specific calendar, as returned by the /calendars
            endpoint Example: https://caldav.icloud.com/26962146906/calendars/1644422A-1945-4438-BBC0-4F0Q23A57R7S/.
        delegation_credential_id (str | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "integration",
            "externalId",
            "delegationCredentialId",
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
        integration: DestinationCalendarsInputBodyDtoIntegration,
        external_id: str,
        delegation_credential_id: str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["integration"] = DestinationCalendarsInputBodyDtoIntegration(integration).value

        data["externalId"] = external_id

        _delegation_credential_id = delegation_credential_id

        if not isinstance(_delegation_credential_id, Unset):
            data["delegationCredentialId"] = _delegation_credential_id
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def integration(self) -> DestinationCalendarsInputBodyDtoIntegration:
        """The calendar service you want to integrate, as returned by the /calendars endpoint"""
        integration = DestinationCalendarsInputBodyDtoIntegration(self._req("integration"))

        return integration

    @property
    def external_id(self) -> str:
        """Unique identifier used to represent the specific calendar, as returned by the /calendars endpoint"""
        return cast(str, self._req("externalId"))

    @property
    def delegation_credential_id(self) -> str | Unset:
        return cast(str | Unset, self._data.get("delegationCredentialId", UNSET))
