# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    INT,
    STR,
    field,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class AssignOptionUserOutputData(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: str = field("id", STR, required=True)
    """ The ID of the option assigned to the user """
    member_id: int = field("memberId", INT, required=True)
    """ The ID form the org membership for the user """
    attribute_option_id: str = field("attributeOptionId", STR, required=True)
    """ The value of the option """

    def __init__(
        self,
        *,
        id: str,
        member_id: int,
        attribute_option_id: str,
    ) -> None:
        self._set(
            {
                "id": id,
                "memberId": member_id,
                "attributeOptionId": attribute_option_id,
            }
        )


class AssignOptionUserOutputDataDict(TypedDict, total=False):
    """``AssignOptionUserOutputData`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[str]
    memberId: Required[int]
    attributeOptionId: Required[str]
