# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class CreateOAuthClientOutput(ApiModel):
    """
    Attributes:
        client_id (str):  Example: clsx38nbl0001vkhlwin9fmt0.
        client_secret (str):  Example: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJuYW1lIjoib2F1dGgtY2xpZW50Iiwi.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "clientId",
            "clientSecret",
        }
    )
    _required = frozenset(
        {
            "clientId",
            "clientSecret",
        }
    )

    def __init__(
        self,
        *,
        client_id: str,
        client_secret: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["clientId"] = client_id

        data["clientSecret"] = client_secret

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def client_id(self) -> str:
        return cast(str, self._req("clientId"))

    @property
    def client_secret(self) -> str:
        return cast(str, self._req("clientSecret"))
