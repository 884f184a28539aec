# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class UpdateOAuthClientInput(ApiModel):
    """
    Attributes:
        logo (str | Unset):
        name (str | Unset):
        redirect_uris (list[str] | Unset):
        booking_redirect_uri (str | Unset):
        booking_cancel_redirect_uri (str | Unset):
        booking_reschedule_redirect_uri (str | Unset):
        are_emails_enabled (bool | Unset):
        are_default_event_types_enabled (bool | Unset): If true, when creating a managed user the managed user will have
            4 default event types: 30 and 60 minutes without Cal video, 30 and 60 minutes with Cal video. Set this as false
            if you want to create a managed user and then manually create event types for the user.
        are_calendar_events_enabled (bool | Unset): If true and if managed user has calendar connected, calendar events
            will be created. Disable it if you manually create calendar events. Default to true.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "logo",
            "name",
            "redirectUris",
            "bookingRedirectUri",
            "bookingCancelRedirectUri",
            "bookingRescheduleRedirectUri",
            "areEmailsEnabled",
            "areDefaultEventTypesEnabled",
            "areCalendarEventsEnabled",
        }
    )
    _required = frozenset({})

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
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        _logo = logo

        if not isinstance(_logo, Unset):
            data["logo"] = _logo
        _name = name

        if not isinstance(_name, Unset):
            data["name"] = _name
        _redirect_uris = UNSET
        if not isinstance(redirect_uris, Unset):
            _redirect_uris = redirect_uris

        if not isinstance(_redirect_uris, Unset):
            data["redirectUris"] = _redirect_uris
        _booking_redirect_uri = booking_redirect_uri

        if not isinstance(_booking_redirect_uri, Unset):
            data["bookingRedirectUri"] = _booking_redirect_uri
        _booking_cancel_redirect_uri = booking_cancel_redirect_uri

        if not isinstance(_booking_cancel_redirect_uri, Unset):
            data["bookingCancelRedirectUri"] = _booking_cancel_redirect_uri
        _booking_reschedule_redirect_uri = booking_reschedule_redirect_uri

        if not isinstance(_booking_reschedule_redirect_uri, Unset):
            data["bookingRescheduleRedirectUri"] = _booking_reschedule_redirect_uri
        _are_emails_enabled = are_emails_enabled

        if not isinstance(_are_emails_enabled, Unset):
            data["areEmailsEnabled"] = _are_emails_enabled
        _are_default_event_types_enabled = are_default_event_types_enabled

        if not isinstance(_are_default_event_types_enabled, Unset):
            data["areDefaultEventTypesEnabled"] = _are_default_event_types_enabled
        _are_calendar_events_enabled = are_calendar_events_enabled

        if not isinstance(_are_calendar_events_enabled, Unset):
            data["areCalendarEventsEnabled"] = _are_calendar_events_enabled
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def logo(self) -> str | Unset:
        return cast(str | Unset, self._data.get("logo", UNSET))

    @property
    def name(self) -> str | Unset:
        return cast(str | Unset, self._data.get("name", UNSET))

    @property
    def redirect_uris(self) -> list[str] | Unset:
        redirect_uris = cast(list[str], self._data.get("redirectUris", UNSET))

        return redirect_uris

    @property
    def booking_redirect_uri(self) -> str | Unset:
        return cast(str | Unset, self._data.get("bookingRedirectUri", UNSET))

    @property
    def booking_cancel_redirect_uri(self) -> str | Unset:
        return cast(str | Unset, self._data.get("bookingCancelRedirectUri", UNSET))

    @property
    def booking_reschedule_redirect_uri(self) -> str | Unset:
        return cast(str | Unset, self._data.get("bookingRescheduleRedirectUri", UNSET))

    @property
    def are_emails_enabled(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("areEmailsEnabled", UNSET))

    @property
    def are_default_event_types_enabled(self) -> bool | Unset:
        """If true, when creating a managed user the managed user will have 4 default event types: 30 and 60
        minutes without Cal video, 30 and 60 minutes with Cal video. Set this as false if you want to create
        a managed user and then manually create event types for the user."""
        return cast(bool | Unset, self._data.get("areDefaultEventTypesEnabled", UNSET))

    @property
    def are_calendar_events_enabled(self) -> bool | Unset:
        """If true and if managed user has calendar connected, calendar events will be created. Disable it if
        you manually create calendar events. Default to true."""
        return cast(bool | Unset, self._data.get("areCalendarEventsEnabled", UNSET))
