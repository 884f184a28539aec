# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
)
from cal_async._models import ApiModel

from .get_conferencing_apps_oauth_url_response_dto_status import GetConferencingAppsOauthUrlResponseDtoStatus

if TYPE_CHECKING:
    pass


class GetConferencingAppsOauthUrlResponseDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetConferencingAppsOauthUrlResponseDtoStatus = field(
        "status", enum_of(GetConferencingAppsOauthUrlResponseDtoStatus), required=True
    )

    def __init__(
        self,
        *,
        status: GetConferencingAppsOauthUrlResponseDtoStatus,
    ) -> None:
        self._set(
            {
                "status": status,
            }
        )


class GetConferencingAppsOauthUrlResponseDtoDict(TypedDict, total=False):
    """``GetConferencingAppsOauthUrlResponseDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetConferencingAppsOauthUrlResponseDtoStatus | Literal["error", "success"]]
