# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class ApiKeyOutput(ApiModel):
    """
    Attributes:
        api_key (str):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "apiKey",
        }
    )
    _required = frozenset(
        {
            "apiKey",
        }
    )

    def __init__(
        self,
        *,
        api_key: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["apiKey"] = api_key

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def api_key(self) -> str:
        return cast(str, self._req("apiKey"))
