# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    BOOL,
    DATETIME,
    INT,
    STR,
    enum_of,
    field,
    list_of,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .platform_o_auth_client_dto_permissions_item import PlatformOAuthClientDtoPermissionsItem

if TYPE_CHECKING:
    pass


class PlatformOAuthClientDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: str = field("id", STR, required=True)
    name: str = field("name", STR, required=True)
    secret: str = field("secret", STR, required=True)
    permissions: list[PlatformOAuthClientDtoPermissionsItem] = field(
        "permissions", list_of(enum_of(PlatformOAuthClientDtoPermissionsItem)), required=True
    )
    """ Array of permission keys like ["BOOKING_READ", "BOOKING_WRITE"] """
    redirect_uris: list[str] = field("redirectUris", list_of(STR), required=True)
    organization_id: int = field("organizationId", INT, required=True)
    created_at: datetime.datetime = field("createdAt", DATETIME, required=True)
    are_emails_enabled: bool = field("areEmailsEnabled", BOOL, required=True)
    are_default_event_types_enabled: bool = field("areDefaultEventTypesEnabled", BOOL, required=True)
    """ If enabled, when creating a managed user the managed user will have 4 default event types: 30 and 60
    minutes without Cal video, 30 and 60 minutes with Cal video. Leave this disabled if you want to
    create a managed user and then manually create event types for the user. """
    are_calendar_events_enabled: bool = field("areCalendarEventsEnabled", BOOL, required=True)
    """ If true and if managed user has calendar connected, calendar events will be created. Disable it if
    you manually create calendar events. Default to true. """
    logo: str | Unset = field("logo", STR, required=False)
    booking_redirect_uri: str | Unset = field("bookingRedirectUri", STR, required=False)
    booking_cancel_redirect_uri: str | Unset = field("bookingCancelRedirectUri", STR, required=False)
    booking_reschedule_redirect_uri: str | Unset = field("bookingRescheduleRedirectUri", STR, required=False)

    def __init__(
        self,
        *,
        id: str,
        name: str,
        secret: str,
        permissions: list[PlatformOAuthClientDtoPermissionsItem],
        redirect_uris: list[str],
        organization_id: int,
        created_at: datetime.datetime,
        are_emails_enabled: bool,
        are_default_event_types_enabled: bool,
        are_calendar_events_enabled: bool,
        logo: str | Unset = UNSET,
        booking_redirect_uri: str | Unset = UNSET,
        booking_cancel_redirect_uri: str | Unset = UNSET,
        booking_reschedule_redirect_uri: str | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "id": id,
                "name": name,
                "secret": secret,
                "permissions": permissions,
                "redirectUris": redirect_uris,
                "organizationId": organization_id,
                "createdAt": created_at,
                "areEmailsEnabled": are_emails_enabled,
                "areDefaultEventTypesEnabled": are_default_event_types_enabled,
                "areCalendarEventsEnabled": are_calendar_events_enabled,
                "logo": logo,
                "bookingRedirectUri": booking_redirect_uri,
                "bookingCancelRedirectUri": booking_cancel_redirect_uri,
                "bookingRescheduleRedirectUri": booking_reschedule_redirect_uri,
            }
        )


class PlatformOAuthClientDtoDict(TypedDict, total=False):
    """``PlatformOAuthClientDto`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[str]
    name: Required[str]
    secret: Required[str]
    permissions: Required[
        Sequence[
            PlatformOAuthClientDtoPermissionsItem
            | Literal[
                "APPS_READ",
                "APPS_WRITE",
                "BOOKING_READ",
                "BOOKING_WRITE",
                "EVENT_TYPE_READ",
                "EVENT_TYPE_WRITE",
                "PROFILE_READ",
                "PROFILE_WRITE",
                "SCHEDULE_READ",
                "SCHEDULE_WRITE",
            ]
        ]
    ]
    redirectUris: Required[Sequence[str]]
    organizationId: Required[int]
    createdAt: Required[datetime.datetime]
    areEmailsEnabled: Required[bool]
    areDefaultEventTypesEnabled: Required[bool]
    areCalendarEventsEnabled: Required[bool]
    logo: str
    bookingRedirectUri: str
    bookingCancelRedirectUri: str
    bookingRescheduleRedirectUri: str
