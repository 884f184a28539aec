# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class MultiSelectAttributeOption(ApiModel):
    """
    Attributes:
        option_id (str):
        option (str):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "optionId",
            "option",
        }
    )
    _required = frozenset(
        {
            "optionId",
            "option",
        }
    )

    def __init__(
        self,
        *,
        option_id: str,
        option: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["optionId"] = option_id

        data["option"] = option

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def option_id(self) -> str:
        return cast(str, self._req("optionId"))

    @property
    def option(self) -> str:
        return cast(str, self._req("option"))
