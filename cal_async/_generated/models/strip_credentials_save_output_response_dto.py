# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class StripCredentialsSaveOutputResponseDto(ApiModel):
    """
    Attributes:
        url (str):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "url",
        }
    )
    _required = frozenset(
        {
            "url",
        }
    )

    def __init__(
        self,
        *,
        url: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["url"] = url

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def url(self) -> str:
        return cast(str, self._req("url"))
