# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class NumberAttribute(ApiModel):
    """
    Attributes:
        id (str):
        name (str):
        type_ (str):
        option (float):
        option_id (str):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "name",
            "type",
            "option",
            "optionId",
        }
    )
    _required = frozenset(
        {
            "id",
            "name",
            "type",
            "option",
            "optionId",
        }
    )

    def __init__(
        self,
        *,
        id: str,
        name: str,
        type_: str,
        option: float,
        option_id: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["name"] = name

        data["type"] = type_

        data["option"] = option

        data["optionId"] = option_id

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> str:
        return cast(str, self._req("id"))

    @property
    def name(self) -> str:
        return cast(str, self._req("name"))

    @property
    def type_(self) -> str:
        return cast(str, self._req("type"))

    @property
    def option(self) -> float:
        return cast(float, self._req("option"))

    @property
    def option_id(self) -> str:
        return cast(str, self._req("optionId"))
