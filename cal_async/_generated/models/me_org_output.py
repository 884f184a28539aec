# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    BOOL,
    INT,
    field,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class MeOrgOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    is_platform: bool = field("isPlatform", BOOL, required=True)
    id: int = field("id", INT, required=True)

    def __init__(
        self,
        *,
        is_platform: bool,
        id: int,
    ) -> None:
        self._set(
            {
                "isPlatform": is_platform,
                "id": id,
            }
        )


class MeOrgOutputDict(TypedDict, total=False):
    """``MeOrgOutput`` as a plain dict with the API's JSON names, for request bodies."""

    isPlatform: Required[bool]
    id: Required[int]
