# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.create_o_auth_client_input_permissions_item import CreateOAuthClientInputPermissionsItem
from ..types import UNSET, Unset


class CreateOAuthClientInput(ApiModel):
    """
    Attributes:
        name (str):
        redirect_uris (list[str]):
        permissions (list[CreateOAuthClientInputPermissionsItem]): Array of permission keys like ["BOOKING_READ",
            "BOOKING_WRITE"]. Use ["*"] to grant all permissions.
        logo (str | Unset):
        booking_redirect_uri (str | Unset):
        booking_cancel_redirect_uri (str | Unset):
        booking_reschedule_redirect_uri (str | Unset):
        are_emails_enabled (bool | Unset):
        are_default_event_types_enabled (bool | Unset): If true, when creating a managed user the managed user will have
            4 default event types: 30 and 60 minutes without Cal video, 30 and 60 minutes with Cal video. Set this as false
            if you want to create a managed user and then manually create event types for the user. Default: False.
        are_calendar_events_enabled (bool | Unset): If true and if managed user has calendar connected, calendar events
            will be created. Disable it if you manually create calendar events. Default to true. Default: True.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "name",
            "redirectUris",
            "permissions",
            "logo",
            "bookingRedirectUri",
            "bookingCancelRedirectUri",
            "bookingRescheduleRedirectUri",
            "areEmailsEnabled",
            "areDefaultEventTypesEnabled",
            "areCalendarEventsEnabled",
        }
    )
    _required = frozenset(
        {
            "name",
            "redirectUris",
            "permissions",
        }
    )

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
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["name"] = name

        data["redirectUris"] = redirect_uris

        data["permissions"] = []
        for permissions_item_data in permissions:
            permissions_item = CreateOAuthClientInputPermissionsItem(permissions_item_data).value
            data["permissions"].append(permissions_item)

        _logo = logo

        if not isinstance(_logo, Unset):
            data["logo"] = _logo
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
    def name(self) -> str:
        return cast(str, self._req("name"))

    @property
    def redirect_uris(self) -> list[str]:
        redirect_uris = cast(list[str], self._req("redirectUris"))

        return redirect_uris

    @property
    def permissions(self) -> list[CreateOAuthClientInputPermissionsItem]:
        """Array of permission keys like ["BOOKING_READ", "BOOKING_WRITE"]. Use ["*"] to grant all permissions."""
        permissions = []
        _permissions = self._req("permissions")
        for permissions_item_data in _permissions:
            permissions_item = CreateOAuthClientInputPermissionsItem(permissions_item_data)

            permissions.append(permissions_item)

        return permissions

    @property
    def logo(self) -> str | Unset:
        return cast(str | Unset, self._data.get("logo", UNSET))

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
