# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Required, TypedDict

from cal_async._fields import (
    STR,
    field,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class StripConnectOutputDto(ApiModel):
    """Fields are decoded, checked and cached when first read; fields the API document does not declare
    stay readable with ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()
    _fields: ClassVar[frozenset[str]] = frozenset(
        {
            "authUrl",
        }
    )
    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "authUrl",
        }
    )

    auth_url: str = field("authUrl", STR, required=True)

    def __init__(
        self,
        *,
        auth_url: str,
    ) -> None:
        self._set(
            {
                "authUrl": auth_url,
            }
        )


class StripConnectOutputDtoDict(TypedDict, total=False):
    """``StripConnectOutputDto`` as a plain dict with the API's JSON names, for request bodies."""

    authUrl: Required[str]
