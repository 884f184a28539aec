# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .create_o_auth_client_response_dto_status import CreateOAuthClientResponseDtoStatus

if TYPE_CHECKING:
    from .create_o_auth_client_output import CreateOAuthClientOutput, CreateOAuthClientOutputDict

    pass


class CreateOAuthClientResponseDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: CreateOAuthClientResponseDtoStatus = field(
        "status", enum_of(CreateOAuthClientResponseDtoStatus), required=True
    )
    data: CreateOAuthClientOutput = field(
        "data", model("create_o_auth_client_output", "CreateOAuthClientOutput"), required=True
    )

    def __init__(
        self,
        *,
        status: CreateOAuthClientResponseDtoStatus,
        data: CreateOAuthClientOutput,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class CreateOAuthClientResponseDtoDict(TypedDict, total=False):
    """``CreateOAuthClientResponseDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[CreateOAuthClientResponseDtoStatus | Literal["error", "success"]]
    data: Required[CreateOAuthClientOutput | CreateOAuthClientOutputDict]
