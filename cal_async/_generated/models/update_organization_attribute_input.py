# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.update_organization_attribute_input_type import UpdateOrganizationAttributeInputType
from ..types import UNSET, Unset


class UpdateOrganizationAttributeInput(ApiModel):
    """
    Attributes:
        name (str | Unset):
        slug (str | Unset):
        type_ (UpdateOrganizationAttributeInputType | Unset):
        enabled (bool | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "name",
            "slug",
            "type",
            "enabled",
        }
    )
    _required = frozenset({})

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        type_: UpdateOrganizationAttributeInputType | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        _name = name

        if not isinstance(_name, Unset):
            data["name"] = _name
        _slug = slug

        if not isinstance(_slug, Unset):
            data["slug"] = _slug
        _type_ = UNSET
        if not isinstance(type_, Unset):
            _type_ = UpdateOrganizationAttributeInputType(type_).value

        if not isinstance(_type_, Unset):
            data["type"] = _type_
        _enabled = enabled

        if not isinstance(_enabled, Unset):
            data["enabled"] = _enabled
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def name(self) -> str | Unset:
        return cast(str | Unset, self._data.get("name", UNSET))

    @property
    def slug(self) -> str | Unset:
        return cast(str | Unset, self._data.get("slug", UNSET))

    @property
    def type_(self) -> UpdateOrganizationAttributeInputType | Unset:
        _type_ = self._data.get("type", UNSET)
        type_: UpdateOrganizationAttributeInputType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = UpdateOrganizationAttributeInputType(_type_)

        return type_

    @property
    def enabled(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("enabled", UNSET))
