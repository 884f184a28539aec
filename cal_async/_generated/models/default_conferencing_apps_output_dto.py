# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from cal_async._fields import (
    STR,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class DefaultConferencingAppsOutputDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    app_slug: str | Unset = field("appSlug", STR, required=False)
    app_link: str | Unset = field("appLink", STR, required=False)

    def __init__(
        self,
        *,
        app_slug: str | Unset = UNSET,
        app_link: str | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "appSlug": app_slug,
                "appLink": app_link,
            }
        )


class DefaultConferencingAppsOutputDtoDict(TypedDict, total=False):
    """``DefaultConferencingAppsOutputDto`` as a plain dict with the API's JSON names, for request bodies."""

    appSlug: str
    appLink: str
