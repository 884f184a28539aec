# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    STR,
    field,
    list_of,
    model,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    from .multi_select_attribute_option import MultiSelectAttributeOption, MultiSelectAttributeOptionDict

    pass


class MultiSelectAttribute(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: str = field("id", STR, required=True)
    name: str = field("name", STR, required=True)
    type_: str = field("type", STR, required=True)
    options: list[MultiSelectAttributeOption] = field(
        "options", list_of(model("multi_select_attribute_option", "MultiSelectAttributeOption")), required=True
    )

    def __init__(
        self,
        *,
        id: str,
        name: str,
        type_: str,
        options: list[MultiSelectAttributeOption],
    ) -> None:
        self._set(
            {
                "id": id,
                "name": name,
                "type": type_,
                "options": options,
            }
        )


class MultiSelectAttributeDict(TypedDict, total=False):
    """``MultiSelectAttribute`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[str]
    name: Required[str]
    type: Required[str]
    options: Required[Sequence[MultiSelectAttributeOption | MultiSelectAttributeOptionDict]]
