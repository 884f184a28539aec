# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypedDict

from cal_async._fields import (
    BOOL,
    STR,
    field,
    list_of,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class UpdateOAuthClientInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    logo: str | Unset = field("logo", STR, required=False)
    name: str | Unset = field("name", STR, required=False)
    redirect_uris: list[str] | Unset = field("redirectUris", list_of(STR), required=False)
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
        logo: str | Unset = UNSET,
        name: str | Unset = UNSET,
        redirect_uris: list[str] | Unset = UNSET,
        booking_redirect_uri: str | Unset = UNSET,
        booking_cancel_redirect_uri: str | Unset = UNSET,
        booking_reschedule_redirect_uri: str | Unset = UNSET,
        are_emails_enabled: bool | Unset = UNSET,
        are_default_event_types_enabled: bool | Unset = UNSET,
        are_calendar_events_enabled: bool | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "logo": logo,
                "name": name,
                "redirectUris": redirect_uris,
                "bookingRedirectUri": booking_redirect_uri,
                "bookingCancelRedirectUri": booking_cancel_redirect_uri,
                "bookingRescheduleRedirectUri": booking_reschedule_redirect_uri,
                "areEmailsEnabled": are_emails_enabled,
                "areDefaultEventTypesEnabled": are_default_event_types_enabled,
                "areCalendarEventsEnabled": are_calendar_events_enabled,
            }
        )


class UpdateOAuthClientInputDict(TypedDict, total=False):
    """``UpdateOAuthClientInput`` as a plain dict with the API's JSON names, for request bodies."""

    logo: str
    name: str
    redirectUris: Sequence[str]
    bookingRedirectUri: str
    bookingCancelRedirectUri: str
    bookingRescheduleRedirectUri: str
    areEmailsEnabled: bool
    areDefaultEventTypesEnabled: bool
    areCalendarEventsEnabled: bool
