# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.calendar import Calendar
    from ..models.integration import Integration
    from ..models.primary import Primary


class ConnectedCalendar(ApiModel):
    """
    Attributes:
        integration (Integration):
        credential_id (int):
        delegation_credential_id (None | str | Unset):
        primary (Primary | Unset):
        calendars (list[Calendar] | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "integration",
            "credentialId",
            "delegationCredentialId",
            "primary",
            "calendars",
        }
    )
    _required = frozenset(
        {
            "integration",
            "credentialId",
        }
    )

    def __init__(
        self,
        *,
        integration: Integration,
        credential_id: int,
        delegation_credential_id: None | str | Unset = UNSET,
        primary: Primary | Unset = UNSET,
        calendars: list[Calendar] | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["integration"] = as_json(integration)

        data["credentialId"] = credential_id

        if isinstance(delegation_credential_id, Unset):
            _delegation_credential_id = UNSET
        else:
            _delegation_credential_id = delegation_credential_id

        if not isinstance(_delegation_credential_id, Unset):
            data["delegationCredentialId"] = _delegation_credential_id
        _primary = UNSET
        if not isinstance(primary, Unset):
            _primary = as_json(primary)

        if not isinstance(_primary, Unset):
            data["primary"] = _primary
        _calendars = UNSET
        if not isinstance(calendars, Unset):
            _calendars = []
            for calendars_item_data in calendars:
                calendars_item = as_json(calendars_item_data)
                _calendars.append(calendars_item)

        if not isinstance(_calendars, Unset):
            data["calendars"] = _calendars
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def integration(self) -> Integration:
        from ..models.integration import Integration  # noqa: PLC0415

        integration = Integration.from_dict(self._req("integration"))

        return integration

    @property
    def credential_id(self) -> int:
        return cast(int, self._req("credentialId"))

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
    def primary(self) -> Primary | Unset:
        from ..models.primary import Primary  # noqa: PLC0415

        _primary = self._data.get("primary", UNSET)
        primary: Primary | Unset
        if isinstance(_primary, Unset):
            primary = UNSET
        else:
            primary = Primary.from_dict(_primary)

        return primary

    @property
    def calendars(self) -> list[Calendar] | Unset:
        from ..models.calendar import Calendar  # noqa: PLC0415

        _calendars = self._data.get("calendars", UNSET)
        calendars: list[Calendar] | Unset = UNSET
        if _calendars is not UNSET:
            calendars = []
            for calendars_item_data in _calendars:
                calendars_item = Calendar.from_dict(calendars_item_data)

                calendars.append(calendars_item)

        return calendars
