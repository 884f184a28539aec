# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    list_of,
    model,
)
from cal_async._models import ApiModel

from .get_o_auth_clients_response_dto_status import GetOAuthClientsResponseDtoStatus

if TYPE_CHECKING:
    from .platform_o_auth_client_dto import PlatformOAuthClientDto, PlatformOAuthClientDtoDict

    pass


class GetOAuthClientsResponseDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetOAuthClientsResponseDtoStatus = field("status", enum_of(GetOAuthClientsResponseDtoStatus), required=True)
    data: list[PlatformOAuthClientDto] = field(
        "data", list_of(model("platform_o_auth_client_dto", "PlatformOAuthClientDto")), required=True
    )

    def __init__(
        self,
        *,
        status: GetOAuthClientsResponseDtoStatus,
        data: list[PlatformOAuthClientDto],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetOAuthClientsResponseDtoDict(TypedDict, total=False):
    """``GetOAuthClientsResponseDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetOAuthClientsResponseDtoStatus | Literal["error", "success"]]
    data: Required[Sequence[PlatformOAuthClientDto | PlatformOAuthClientDtoDict]]
