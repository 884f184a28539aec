# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class StripConnectOutputDto(ApiModel):
    """
    Attributes:
        auth_url (str):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "authUrl",
        }
    )
    _required = frozenset(
        {
            "authUrl",
        }
    )

    def __init__(
        self,
        *,
        auth_url: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["authUrl"] = auth_url

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def auth_url(self) -> str:
        return cast(str, self._req("authUrl"))
