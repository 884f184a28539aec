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


class DeleteData(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: int = field("id", INT, required=True)
    length_in_minutes: int = field("lengthInMinutes", INT, required=True)
    title: str = field("title", STR, required=True)
    slug: str = field("slug", STR, required=True)

    def __init__(
        self,
        *,
        id: int,
        length_in_minutes: int,
        title: str,
        slug: str,
    ) -> None:
        self._set(
            {
                "id": id,
                "lengthInMinutes": length_in_minutes,
                "title": title,
                "slug": slug,
            }
        )


class DeleteDataDict(TypedDict, total=False):
    """``DeleteData`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[int]
    lengthInMinutes: Required[int]
    title: Required[str]
    slug: Required[str]
