# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class SelectedCalendarOutputDto(ApiModel):
    """
    Attributes:
        user_id (int):
        integration (str):
        external_id (str):
        credential_id (int | None):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "userId",
            "integration",
            "externalId",
            "credentialId",
        }
    )
    _required = frozenset(
        {
            "userId",
            "integration",
            "externalId",
            "credentialId",
        }
    )

    def __init__(
        self,
        *,
        user_id: int,
        integration: str,
        external_id: str,
        credential_id: int | None,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["userId"] = user_id

        data["integration"] = integration

        data["externalId"] = external_id

        data["credentialId"] = credential_id

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def user_id(self) -> int:
        return cast(int, self._req("userId"))

    @property
    def integration(self) -> str:
        return cast(str, self._req("integration"))

    @property
    def external_id(self) -> str:
        return cast(str, self._req("externalId"))

    @property
    def credential_id(self) -> int | None:
        def _parse_credential_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        credential_id = _parse_credential_id(self._req("credentialId"))

        return credential_id
