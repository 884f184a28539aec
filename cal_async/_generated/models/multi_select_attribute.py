# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

if TYPE_CHECKING:
    from ..models.multi_select_attribute_option import MultiSelectAttributeOption


class MultiSelectAttribute(ApiModel):
    """
    Attributes:
        id (str):
        name (str):
        type_ (str):
        options (list[MultiSelectAttributeOption]):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "name",
            "type",
            "options",
        }
    )
    _required = frozenset(
        {
            "id",
            "name",
            "type",
            "options",
        }
    )

    def __init__(
        self,
        *,
        id: str,
        name: str,
        type_: str,
        options: list[MultiSelectAttributeOption],
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["name"] = name

        data["type"] = type_

        data["options"] = []
        for options_item_data in options:
            options_item = as_json(options_item_data)
            data["options"].append(options_item)

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
    def options(self) -> list[MultiSelectAttributeOption]:
        from ..models.multi_select_attribute_option import MultiSelectAttributeOption  # noqa: PLC0415

        options = []
        _options = self._req("options")
        for options_item_data in _options:
            options_item = MultiSelectAttributeOption.from_dict(options_item_data)

            options.append(options_item)

        return options
