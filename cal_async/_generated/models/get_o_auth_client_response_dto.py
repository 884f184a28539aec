# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .get_o_auth_client_response_dto_status import GetOAuthClientResponseDtoStatus

if TYPE_CHECKING:
    from .platform_o_auth_client_dto import PlatformOAuthClientDto, PlatformOAuthClientDtoDict

    pass


class GetOAuthClientResponseDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetOAuthClientResponseDtoStatus = field("status", enum_of(GetOAuthClientResponseDtoStatus), required=True)
    data: PlatformOAuthClientDto = field(
        "data", model("platform_o_auth_client_dto", "PlatformOAuthClientDto"), required=True
    )

    def __init__(
        self,
        *,
        status: GetOAuthClientResponseDtoStatus,
        data: PlatformOAuthClientDto,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetOAuthClientResponseDtoDict(TypedDict, total=False):
    """``GetOAuthClientResponseDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetOAuthClientResponseDtoStatus | Literal["error", "success"]]
    data: Required[PlatformOAuthClientDto | PlatformOAuthClientDtoDict]
