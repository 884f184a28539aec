# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.platform_o_auth_client_dto_permissions_item import PlatformOAuthClientDtoPermissionsItem
from ..types import UNSET, Unset


class PlatformOAuthClientDto(ApiModel):
    """
    Attributes:
        id (str):  Example: clsx38nbl0001vkhlwin9fmt0.
        name (str):  Example: MyClient.
        secret (str):  Example: secretValue.
        permissions (list[PlatformOAuthClientDtoPermissionsItem]): Array of permission keys like ["BOOKING_READ",
            "BOOKING_WRITE"] Example: ['BOOKING_READ', 'BOOKING_WRITE'].
        redirect_uris (list[str]):  Example: ['https://example.com/callback'].
        organization_id (int):  Example: 1.
        created_at (datetime.datetime):  Example: 2024-03-23T08:33:21.851Z.
        are_emails_enabled (bool):  Example: True.
        are_default_event_types_enabled (bool): If enabled, when creating a managed user the managed user will have 4
            default event types: 30 and 60 minutes without Cal video, 30 and 60 minutes with Cal video. Leave this disabled
            if you want to create a managed user and then manually create event types for the user. Example: True.
        are_calendar_events_enabled (bool): If true and if managed user has calendar connected, calendar events will be
            created. Disable it if you manually create calendar events. Default to true. Example: True.
        logo (str | Unset):  Example: https://example.com/logo.png.
        booking_redirect_uri (str | Unset):  Example: https://example.com/booking-redirect.
        booking_cancel_redirect_uri (str | Unset):  Example: https://example.com/booking-cancel.
        booking_reschedule_redirect_uri (str | Unset):  Example: https://example.com/booking-reschedule.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "name",
            "secret",
            "permissions",
            "redirectUris",
            "organizationId",
            "createdAt",
            "areEmailsEnabled",
            "areDefaultEventTypesEnabled",
            "areCalendarEventsEnabled",
            "logo",
            "bookingRedirectUri",
            "bookingCancelRedirectUri",
            "bookingRescheduleRedirectUri",
        }
    )
    _required = frozenset(
        {
            "id",
            "name",
            "secret",
            "permissions",
            "redirectUris",
            "organizationId",
            "createdAt",
            "areEmailsEnabled",
            "areDefaultEventTypesEnabled",
            "areCalendarEventsEnabled",
        }
    )

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
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["name"] = name

        data["secret"] = secret

        data["permissions"] = []
        for permissions_item_data in permissions:
            permissions_item = PlatformOAuthClientDtoPermissionsItem(permissions_item_data).value
            data["permissions"].append(permissions_item)

        data["redirectUris"] = redirect_uris

        data["organizationId"] = organization_id

        data["createdAt"] = created_at if isinstance(created_at, str) else created_at.isoformat()

        data["areEmailsEnabled"] = are_emails_enabled

        data["areDefaultEventTypesEnabled"] = are_default_event_types_enabled

        data["areCalendarEventsEnabled"] = are_calendar_events_enabled

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
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> str:
        return cast(str, self._req("id"))

    @property
    def name(self) -> str:
        return cast(str, self._req("name"))

    @property
    def secret(self) -> str:
        return cast(str, self._req("secret"))

    @property
    def permissions(self) -> list[PlatformOAuthClientDtoPermissionsItem]:
        """Array of permission keys like ["BOOKING_READ", "BOOKING_WRITE"]"""
        permissions = []
        _permissions = self._req("permissions")
        for permissions_item_data in _permissions:
            permissions_item = PlatformOAuthClientDtoPermissionsItem(permissions_item_data)

            permissions.append(permissions_item)

        return permissions

    @property
    def redirect_uris(self) -> list[str]:
        redirect_uris = cast(list[str], self._req("redirectUris"))

        return redirect_uris

    @property
    def organization_id(self) -> int:
        return cast(int, self._req("organizationId"))

    @property
    def created_at(self) -> datetime.datetime:
        created_at = datetime.datetime.fromisoformat(self._req("createdAt"))

        return created_at

    @property
    def are_emails_enabled(self) -> bool:
        return cast(bool, self._req("areEmailsEnabled"))

    @property
    def are_default_event_types_enabled(self) -> bool:
        """If enabled, when creating a managed user the managed user will have 4 default event types: 30 and 60
        minutes without Cal video, 30 and 60 minutes with Cal video. Leave this disabled if you want to
        create a managed user and then manually create event types for the user."""
        return cast(bool, self._req("areDefaultEventTypesEnabled"))

    @property
    def are_calendar_events_enabled(self) -> bool:
        """If true and if managed user has calendar connected, calendar events will be created. Disable it if
        you manually create calendar events. Default to true."""
        return cast(bool, self._req("areCalendarEventsEnabled"))

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
