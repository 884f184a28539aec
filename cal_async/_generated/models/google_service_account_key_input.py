# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class GoogleServiceAccountKeyInput(ApiModel):
    """
    Attributes:
        private_key (str):
        client_email (str):
        client_id (str):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "private_key",
            "client_email",
            "client_id",
        }
    )
    _required = frozenset(
        {
            "private_key",
            "client_email",
            "client_id",
        }
    )

    def __init__(
        self,
        *,
        private_key: str,
        client_email: str,
        client_id: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["private_key"] = private_key

        data["client_email"] = client_email

        data["client_id"] = client_id

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def private_key(self) -> str:
        return cast(str, self._req("private_key"))

    @property
    def client_email(self) -> str:
        return cast(str, self._req("client_email"))

    @property
    def client_id(self) -> str:
        return cast(str, self._req("client_id"))
