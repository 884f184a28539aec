# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Required, TypedDict

from cal_async._fields import (
    INT,
    STR,
    field,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class ReassignedToDto(ApiModel):
    """Fields are decoded, checked and cached when first read; fields the API document does not declare
    stay readable with ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()
    _fields: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "email",
        }
    )
    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "email",
        }
    )

    id: int = field("id", INT, required=True)
    name: str = field("name", STR, required=True)
    email: str = field("email", STR, required=True)

    def __init__(
        self,
        *,
        id: int,
        name: str,
        email: str,
    ) -> None:
        self._set(
            {
                "id": id,
                "name": name,
                "email": email,
            }
        )


class ReassignedToDtoDict(TypedDict, total=False):
    """``ReassignedToDto`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[int]
    name: Required[str]
    email: Required[str]
