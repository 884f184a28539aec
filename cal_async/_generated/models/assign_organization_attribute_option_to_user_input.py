# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class AssignOrganizationAttributeOptionToUserInput(ApiModel):
    """
    Attributes:
        attribute_id (str):
        value (str | Unset):
        attribute_option_id (str | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "attributeId",
            "value",
            "attributeOptionId",
        }
    )
    _required = frozenset(
        {
            "attributeId",
        }
    )

    def __init__(
        self,
        *,
        attribute_id: str,
        value: str | Unset = UNSET,
        attribute_option_id: str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["attributeId"] = attribute_id

        _value = value

        if not isinstance(_value, Unset):
            data["value"] = _value
        _attribute_option_id = attribute_option_id

        if not isinstance(_attribute_option_id, Unset):
            data["attributeOptionId"] = _attribute_option_id
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def attribute_id(self) -> str:
        return cast(str, self._req("attributeId"))

    @property
    def value(self) -> str | Unset:
        return cast(str | Unset, self._data.get("value", UNSET))

    @property
    def attribute_option_id(self) -> str | Unset:
        return cast(str | Unset, self._data.get("attributeOptionId", UNSET))
