# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    STR,
    enum_of,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .destination_calendars_input_body_dto_integration import DestinationCalendarsInputBodyDtoIntegration

if TYPE_CHECKING:
    pass


class DestinationCalendarsInputBodyDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    integration: DestinationCalendarsInputBodyDtoIntegration = field(
        "integration", enum_of(DestinationCalendarsInputBodyDtoIntegration), required=True
    )
    """ The calendar service you want to integrate, as returned by the /calendars endpoint """
    external_id: str = field("externalId", STR, required=True)
    """ Unique identifier used to represent the specific calendar, as returned by the /calendars endpoint """
    delegation_credential_id: str | Unset = field("delegationCredentialId", STR, required=False)

    def __init__(
        self,
        *,
        integration: DestinationCalendarsInputBodyDtoIntegration,
        external_id: str,
        delegation_credential_id: str | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "integration": integration,
                "externalId": external_id,
                "delegationCredentialId": delegation_credential_id,
            }
        )


class DestinationCalendarsInputBodyDtoDict(TypedDict, total=False):
    """``DestinationCalendarsInputBodyDto`` as a plain dict with the API's JSON names, for request bodies."""

    integration: Required[
        DestinationCalendarsInputBodyDtoIntegration | Literal["apple_calendar", "google_calendar", "office365_calendar"]
    ]
    externalId: Required[str]
    delegationCredentialId: str
