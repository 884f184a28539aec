# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    BOOL,
    INT,
    enum_of,
    field,
    list_of,
    model,
    one_of,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .organization_membership_output_role import OrganizationMembershipOutputRole

if TYPE_CHECKING:
    from .membership_user_output_dto import MembershipUserOutputDto, MembershipUserOutputDtoDict
    from .multi_select_attribute import MultiSelectAttribute, MultiSelectAttributeDict
    from .number_attribute import NumberAttribute, NumberAttributeDict
    from .single_select_attribute import SingleSelectAttribute, SingleSelectAttributeDict
    from .text_attribute import TextAttribute, TextAttributeDict

    pass


class OrganizationMembershipOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: int = field("id", INT, required=True)
    user_id: int = field("userId", INT, required=True)
    team_id: int = field("teamId", INT, required=True)
    accepted: bool = field("accepted", BOOL, required=True)
    role: OrganizationMembershipOutputRole = field("role", enum_of(OrganizationMembershipOutputRole), required=True)
    user: MembershipUserOutputDto = field(
        "user", model("membership_user_output_dto", "MembershipUserOutputDto"), required=True
    )
    attributes: list[TextAttribute | NumberAttribute | SingleSelectAttribute | MultiSelectAttribute] = field(
        "attributes",
        list_of(
            one_of(
                model("text_attribute", "TextAttribute"),
                model("number_attribute", "NumberAttribute"),
                model("single_select_attribute", "SingleSelectAttribute"),
                model("multi_select_attribute", "MultiSelectAttribute"),
            )
        ),
        required=True,
    )
    disable_impersonation: bool | Unset = field("disableImpersonation", BOOL, required=False)

    def __init__(
        self,
        *,
        id: int,
        user_id: int,
        team_id: int,
        accepted: bool,
        role: OrganizationMembershipOutputRole,
        user: MembershipUserOutputDto,
        attributes: list[TextAttribute | NumberAttribute | SingleSelectAttribute | MultiSelectAttribute],
        disable_impersonation: bool | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "id": id,
                "userId": user_id,
                "teamId": team_id,
                "accepted": accepted,
                "role": role,
                "user": user,
                "attributes": attributes,
                "disableImpersonation": disable_impersonation,
            }
        )


class OrganizationMembershipOutputDict(TypedDict, total=False):
    """``OrganizationMembershipOutput`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[int]
    userId: Required[int]
    teamId: Required[int]
    accepted: Required[bool]
    role: Required[OrganizationMembershipOutputRole | Literal["ADMIN", "MEMBER", "OWNER"]]
    user: Required[MembershipUserOutputDto | MembershipUserOutputDtoDict]
    attributes: Required[
        Sequence[
            TextAttribute
            | TextAttributeDict
            | NumberAttribute
            | NumberAttributeDict
            | SingleSelectAttribute
            | SingleSelectAttributeDict
            | MultiSelectAttribute
            | MultiSelectAttributeDict
        ]
    ]
    disableImpersonation: bool
