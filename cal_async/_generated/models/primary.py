# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class Primary(ApiModel):
    """
    Attributes:
        external_id (str):
        primary (bool | None):
        read_only (bool):
        is_selected (bool):
        credential_id (int):
        integration (str | Unset):
        name (str | Unset):
        email (str | Unset):
        delegation_credential_id (None | str | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "externalId",
            "primary",
            "readOnly",
            "isSelected",
            "credentialId",
            "integration",
            "name",
            "email",
            "delegationCredentialId",
        }
    )
    _required = frozenset(
        {
            "externalId",
            "primary",
            "readOnly",
            "isSelected",
            "credentialId",
        }
    )

    def __init__(
        self,
        *,
        external_id: str,
        primary: bool | None,
        read_only: bool,
        is_selected: bool,
        credential_id: int,
        integration: str | Unset = UNSET,
        name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        delegation_credential_id: None | str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["externalId"] = external_id

        data["primary"] = primary

        data["readOnly"] = read_only

        data["isSelected"] = is_selected

        data["credentialId"] = credential_id

        _integration = integration

        if not isinstance(_integration, Unset):
            data["integration"] = _integration
        _name = name

        if not isinstance(_name, Unset):
            data["name"] = _name
        _email = email

        if not isinstance(_email, Unset):
            data["email"] = _email

        if isinstance(delegation_credential_id, Unset):
            _delegation_credential_id = UNSET
        else:
            _delegation_credential_id = delegation_credential_id

        if not isinstance(_delegation_credential_id, Unset):
            data["delegationCredentialId"] = _delegation_credential_id
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def external_id(self) -> str:
        return cast(str, self._req("externalId"))

    @property
    def primary(self) -> bool | None:
        def _parse_primary(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        primary = _parse_primary(self._req("primary"))

        return primary

    @property
    def read_only(self) -> bool:
        return cast(bool, self._req("readOnly"))

    @property
    def is_selected(self) -> bool:
        return cast(bool, self._req("isSelected"))

    @property
    def credential_id(self) -> int:
        return cast(int, self._req("credentialId"))

    @property
    def integration(self) -> str | Unset:
        return cast(str | Unset, self._data.get("integration", UNSET))

    @property
    def name(self) -> str | Unset:
        return cast(str | Unset, self._data.get("name", UNSET))

    @property
    def email(self) -> str | Unset:
        return cast(str | Unset, self._data.get("email", UNSET))

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
