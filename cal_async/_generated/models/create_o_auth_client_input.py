# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    BOOL,
    STR,
    enum_of,
    field,
    list_of,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .create_o_auth_client_input_permissions_item import CreateOAuthClientInputPermissionsItem

if TYPE_CHECKING:
    pass


class CreateOAuthClientInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    name: str = field("name", STR, required=True)
    redirect_uris: list[str] = field("redirectUris", list_of(STR), required=True)
    permissions: list[CreateOAuthClientInputPermissionsItem] = field(
        "permissions", list_of(enum_of(CreateOAuthClientInputPermissionsItem)), required=True
    )
    """ Array of permission keys like ["BOOKING_READ", "BOOKING_WRITE"]. Use ["*"] to grant all permissions. """
    logo: str | Unset = field("logo", STR, required=False)
    booking_redirect_uri: str | Unset = field("bookingRedirectUri", STR, required=False)
    booking_cancel_redirect_uri: str | Unset = field("bookingCancelRedirectUri", STR, required=False)
    booking_reschedule_redirect_uri: str | Unset = field("bookingRescheduleRedirectUri", STR, required=False)
    are_emails_enabled: bool | Unset = field("areEmailsEnabled", BOOL, required=False)
    are_default_event_types_enabled: bool | Unset = field("areDefaultEventTypesEnabled", BOOL, required=False)
    """ If true, when creating a managed user the managed user will have 4 default event types: 30 and 60
    minutes without Cal video, 30 and 60 minutes with Cal video. Set this as false if you want to create
    a managed user and then manually create event types for the user. """
    are_calendar_events_enabled: bool | Unset = field("areCalendarEventsEnabled", BOOL, required=False)
    """ If true and if managed user has calendar connected, calendar events will be created. Disable it if
    you manually create calendar events. Default to true. """

    def __init__(
        self,
        *,
        name: str,
        redirect_uris: list[str],
        permissions: list[CreateOAuthClientInputPermissionsItem],
        logo: str | Unset = UNSET,
        booking_redirect_uri: str | Unset = UNSET,
        booking_cancel_redirect_uri: str | Unset = UNSET,
        booking_reschedule_redirect_uri: str | Unset = UNSET,
        are_emails_enabled: bool | Unset = UNSET,
        are_default_event_types_enabled: bool | Unset = UNSET,
        are_calendar_events_enabled: bool | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "name": name,
                "redirectUris": redirect_uris,
                "permissions": permissions,
                "logo": logo,
                "bookingRedirectUri": booking_redirect_uri,
                "bookingCancelRedirectUri": booking_cancel_redirect_uri,
                "bookingRescheduleRedirectUri": booking_reschedule_redirect_uri,
                "areEmailsEnabled": are_emails_enabled,
                "areDefaultEventTypesEnabled": are_default_event_types_enabled,
                "areCalendarEventsEnabled": are_calendar_events_enabled,
            }
        )


class CreateOAuthClientInputDict(TypedDict, total=False):
    """``CreateOAuthClientInput`` as a plain dict with the API's JSON names, for request bodies."""

    name: Required[str]
    redirectUris: Required[Sequence[str]]
    permissions: Required[
        Sequence[
            CreateOAuthClientInputPermissionsItem
            | Literal[
                "*",
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
    logo: str
    bookingRedirectUri: str
    bookingCancelRedirectUri: str
    bookingRescheduleRedirectUri: str
    areEmailsEnabled: bool
    areDefaultEventTypesEnabled: bool
    areCalendarEventsEnabled: bool
