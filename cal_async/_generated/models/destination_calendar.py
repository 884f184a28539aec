# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.destination_calendar_id import DestinationCalendarId


class DestinationCalendar(ApiModel):
    """
    Attributes:
        id (DestinationCalendarId):
        integration (str):
        external_id (str):
        primary_email (None | str):
        user_id (int | None):
        event_type_id (int | None):
        credential_id (int | None):
        delegation_credential_id (None | str | Unset):
        name (None | str | Unset):
        primary (bool | Unset):
        read_only (bool | Unset):
        email (str | Unset):
        integration_title (str | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "integration",
            "externalId",
            "primaryEmail",
            "userId",
            "eventTypeId",
            "credentialId",
            "delegationCredentialId",
            "name",
            "primary",
            "readOnly",
            "email",
            "integrationTitle",
        }
    )
    _required = frozenset(
        {
            "id",
            "integration",
            "externalId",
            "primaryEmail",
            "userId",
            "eventTypeId",
            "credentialId",
        }
    )

    def __init__(
        self,
        *,
        id: DestinationCalendarId,
        integration: str,
        external_id: str,
        primary_email: None | str,
        user_id: int | None,
        event_type_id: int | None,
        credential_id: int | None,
        delegation_credential_id: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        primary: bool | Unset = UNSET,
        read_only: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        integration_title: str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = as_json(id)

        data["integration"] = integration

        data["externalId"] = external_id

        data["primaryEmail"] = primary_email

        data["userId"] = user_id

        data["eventTypeId"] = event_type_id

        data["credentialId"] = credential_id

        if isinstance(delegation_credential_id, Unset):
            _delegation_credential_id = UNSET
        else:
            _delegation_credential_id = delegation_credential_id

        if not isinstance(_delegation_credential_id, Unset):
            data["delegationCredentialId"] = _delegation_credential_id

        if isinstance(name, Unset):
            _name = UNSET
        else:
            _name = name

        if not isinstance(_name, Unset):
            data["name"] = _name
        _primary = primary

        if not isinstance(_primary, Unset):
            data["primary"] = _primary
        _read_only = read_only

        if not isinstance(_read_only, Unset):
            data["readOnly"] = _read_only
        _email = email

        if not isinstance(_email, Unset):
            data["email"] = _email
        _integration_title = integration_title

        if not isinstance(_integration_title, Unset):
            data["integrationTitle"] = _integration_title
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> DestinationCalendarId:
        from ..models.destination_calendar_id import DestinationCalendarId  # noqa: PLC0415

        id = DestinationCalendarId.from_dict(self._req("id"))

        return id

    @property
    def integration(self) -> str:
        return cast(str, self._req("integration"))

    @property
    def external_id(self) -> str:
        return cast(str, self._req("externalId"))

    @property
    def primary_email(self) -> None | str:
        def _parse_primary_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        primary_email = _parse_primary_email(self._req("primaryEmail"))

        return primary_email

    @property
    def user_id(self) -> int | None:
        def _parse_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        user_id = _parse_user_id(self._req("userId"))

        return user_id

    @property
    def event_type_id(self) -> int | None:
        def _parse_event_type_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        event_type_id = _parse_event_type_id(self._req("eventTypeId"))

        return event_type_id

    @property
    def credential_id(self) -> int | None:
        def _parse_credential_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        credential_id = _parse_credential_id(self._req("credentialId"))

        return credential_id

    @property
    def delegation_credential_id(self) -> None | str | Unset:
        def _parse_delegation_credential_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delegation_credential_id = _parse_delegation_credential_id(self._data.get("delegationCredentialId", UNSET))

        return delegation_credential_id

    @property
    def name(self) -> None | str | Unset:
        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(self._data.get("name", UNSET))

        return name

    @property
    def primary(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("primary", UNSET))

    @property
    def read_only(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("readOnly", UNSET))

    @property
    def email(self) -> str | Unset:
        return cast(str | Unset, self._data.get("email", UNSET))

    @property
    def integration_title(self) -> str | Unset:
        return cast(str | Unset, self._data.get("integrationTitle", UNSET))
