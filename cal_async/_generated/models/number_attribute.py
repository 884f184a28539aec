# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    FLOAT,
    STR,
    field,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class NumberAttribute(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: str = field("id", STR, required=True)
    name: str = field("name", STR, required=True)
    type_: str = field("type", STR, required=True)
    option: float = field("option", FLOAT, required=True)
    option_id: str = field("optionId", STR, required=True)

    def __init__(
        self,
        *,
        id: str,
        name: str,
        type_: str,
        option: float,
        option_id: str,
    ) -> None:
        self._set(
            {
                "id": id,
                "name": name,
                "type": type_,
                "option": option,
                "optionId": option_id,
            }
        )


class NumberAttributeDict(TypedDict, total=False):
    """``NumberAttribute`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[str]
    name: Required[str]
    type: Required[str]
    option: Required[float]
    optionId: Required[str]
