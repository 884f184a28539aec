# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class SelectedCalendarsInputDto(ApiModel):
    """
    Attributes:
        integration (str):
        external_id (str):
        credential_id (int):
        delegation_credential_id (str | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "integration",
            "externalId",
            "credentialId",
            "delegationCredentialId",
        }
    )
    _required = frozenset(
        {
            "integration",
            "externalId",
            "credentialId",
        }
    )

    def __init__(
        self,
        *,
        integration: str,
        external_id: str,
        credential_id: int,
        delegation_credential_id: str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["integration"] = integration

        data["externalId"] = external_id

        data["credentialId"] = credential_id

        _delegation_credential_id = delegation_credential_id

        if not isinstance(_delegation_credential_id, Unset):
            data["delegationCredentialId"] = _delegation_credential_id
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def integration(self) -> str:
        return cast(str, self._req("integration"))

    @property
    def external_id(self) -> str:
        return cast(str, self._req("externalId"))

    @property
    def credential_id(self) -> int:
        return cast(int, self._req("credentialId"))

    @property
    def delegation_credential_id(self) -> str | Unset:
        return cast(str | Unset, self._data.get("delegationCredentialId", UNSET))
