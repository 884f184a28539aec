# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.organization_membership_output_role import OrganizationMembershipOutputRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membership_user_output_dto import MembershipUserOutputDto
    from ..models.multi_select_attribute import MultiSelectAttribute
    from ..models.number_attribute import NumberAttribute
    from ..models.single_select_attribute import SingleSelectAttribute
    from ..models.text_attribute import TextAttribute


class OrganizationMembershipOutput(ApiModel):
    """
    Attributes:
        id (int):
        user_id (int):
        team_id (int):
        accepted (bool):
        role (OrganizationMembershipOutputRole):
        user (MembershipUserOutputDto):
        attributes (list[MultiSelectAttribute | NumberAttribute | SingleSelectAttribute | TextAttribute]):
        disable_impersonation (bool | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "userId",
            "teamId",
            "accepted",
            "role",
            "user",
            "attributes",
            "disableImpersonation",
        }
    )
    _required = frozenset(
        {
            "id",
            "userId",
            "teamId",
            "accepted",
            "role",
            "user",
            "attributes",
        }
    )

    def __init__(
        self,
        *,
        id: int,
        user_id: int,
        team_id: int,
        accepted: bool,
        role: OrganizationMembershipOutputRole,
        user: MembershipUserOutputDto,
        attributes: list[MultiSelectAttribute | NumberAttribute | SingleSelectAttribute | TextAttribute],
        disable_impersonation: bool | Unset = UNSET,
        **extra: Any,
    ) -> None:
        from ..models.number_attribute import NumberAttribute  # noqa: PLC0415
        from ..models.single_select_attribute import SingleSelectAttribute  # noqa: PLC0415
        from ..models.text_attribute import TextAttribute  # noqa: PLC0415

        data: dict[str, Any] = {}
        data["id"] = id

        data["userId"] = user_id

        data["teamId"] = team_id

        data["accepted"] = accepted

        data["role"] = OrganizationMembershipOutputRole(role).value

        data["user"] = as_json(user)

        data["attributes"] = []
        for attributes_item_data in attributes:
            attributes_item: dict[str, Any]
            if isinstance(attributes_item_data, TextAttribute):
                attributes_item = as_json(attributes_item_data)
            elif isinstance(attributes_item_data, NumberAttribute):
                attributes_item = as_json(attributes_item_data)
            elif isinstance(attributes_item_data, SingleSelectAttribute):
                attributes_item = as_json(attributes_item_data)
            else:
                attributes_item = as_json(attributes_item_data)

            data["attributes"].append(attributes_item)

        _disable_impersonation = disable_impersonation

        if not isinstance(_disable_impersonation, Unset):
            data["disableImpersonation"] = _disable_impersonation
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> int:
        return cast(int, self._req("id"))

    @property
    def user_id(self) -> int:
        return cast(int, self._req("userId"))

    @property
    def team_id(self) -> int:
        return cast(int, self._req("teamId"))

    @property
    def accepted(self) -> bool:
        return cast(bool, self._req("accepted"))

    @property
    def role(self) -> OrganizationMembershipOutputRole:
        role = OrganizationMembershipOutputRole(self._req("role"))

        return role

    @property
    def user(self) -> MembershipUserOutputDto:
        from ..models.membership_user_output_dto import MembershipUserOutputDto  # noqa: PLC0415

        user = MembershipUserOutputDto.from_dict(self._req("user"))

        return user

    @property
    def attributes(self) -> list[MultiSelectAttribute | NumberAttribute | SingleSelectAttribute | TextAttribute]:
        from ..models.multi_select_attribute import MultiSelectAttribute  # noqa: PLC0415
        from ..models.number_attribute import NumberAttribute  # noqa: PLC0415
        from ..models.single_select_attribute import SingleSelectAttribute  # noqa: PLC0415
        from ..models.text_attribute import TextAttribute  # noqa: PLC0415

        attributes = []
        _attributes = self._req("attributes")
        for attributes_item_data in _attributes:

            def _parse_attributes_item(
                data: object,
            ) -> MultiSelectAttribute | NumberAttribute | SingleSelectAttribute | TextAttribute:
                try:
                    if not TextAttribute._matches(data):
                        raise TypeError()
                    attributes_item_type_0 = TextAttribute.from_dict(data)

                    return attributes_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not NumberAttribute._matches(data):
                        raise TypeError()
                    attributes_item_type_1 = NumberAttribute.from_dict(data)

                    return attributes_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not SingleSelectAttribute._matches(data):
                        raise TypeError()
                    attributes_item_type_2 = SingleSelectAttribute.from_dict(data)

                    return attributes_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not MultiSelectAttribute._matches(data):
                        raise TypeError()
                    attributes_item_type_3 = MultiSelectAttribute.from_dict(data)

                    return attributes_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(MultiSelectAttribute | NumberAttribute | SingleSelectAttribute | TextAttribute, data)

            attributes_item = _parse_attributes_item(attributes_item_data)

            attributes.append(attributes_item)

        return attributes

    @property
    def disable_impersonation(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("disableImpersonation", UNSET))
