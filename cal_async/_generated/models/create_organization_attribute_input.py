# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.create_organization_attribute_input_type import CreateOrganizationAttributeInputType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_organization_attribute_option_input import CreateOrganizationAttributeOptionInput


class CreateOrganizationAttributeInput(ApiModel):
    """
    Attributes:
        name (str):
        slug (str):
        type_ (CreateOrganizationAttributeInputType):
        options (list[CreateOrganizationAttributeOptionInput]):
        enabled (bool | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "name",
            "slug",
            "type",
            "options",
            "enabled",
        }
    )
    _required = frozenset(
        {
            "name",
            "slug",
            "type",
            "options",
        }
    )

    def __init__(
        self,
        *,
        name: str,
        slug: str,
        type_: CreateOrganizationAttributeInputType,
        options: list[CreateOrganizationAttributeOptionInput],
        enabled: bool | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["name"] = name

        data["slug"] = slug

        data["type"] = CreateOrganizationAttributeInputType(type_).value

        data["options"] = []
        for options_item_data in options:
            options_item = as_json(options_item_data)
            data["options"].append(options_item)

        _enabled = enabled

        if not isinstance(_enabled, Unset):
            data["enabled"] = _enabled
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def name(self) -> str:
        return cast(str, self._req("name"))

    @property
    def slug(self) -> str:
        return cast(str, self._req("slug"))

    @property
    def type_(self) -> CreateOrganizationAttributeInputType:
        type_ = CreateOrganizationAttributeInputType(self._req("type"))

        return type_

    @property
    def options(self) -> list[CreateOrganizationAttributeOptionInput]:
        from ..models.create_organization_attribute_option_input import CreateOrganizationAttributeOptionInput  # noqa: PLC0415

        options = []
        _options = self._req("options")
        for options_item_data in _options:
            options_item = CreateOrganizationAttributeOptionInput.from_dict(options_item_data)

            options.append(options_item)

        return options

    @property
    def enabled(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("enabled", UNSET))
