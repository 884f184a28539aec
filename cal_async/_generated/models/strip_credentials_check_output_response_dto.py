# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class StripCredentialsCheckOutputResponseDto(ApiModel):
    """
    Attributes:
        status (str):  Example: success.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "status",
        }
    )
    _required = frozenset(
        {
            "status",
        }
    )

    def __init__(
        self,
        *,
        status: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = status

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> str:
        return cast(str, self._req("status"))
