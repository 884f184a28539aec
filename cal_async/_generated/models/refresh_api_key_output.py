# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .refresh_api_key_output_status import RefreshApiKeyOutputStatus

if TYPE_CHECKING:
    from .api_key_output import ApiKeyOutput, ApiKeyOutputDict

    pass


class RefreshApiKeyOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: RefreshApiKeyOutputStatus = field("status", enum_of(RefreshApiKeyOutputStatus), required=True)
    data: ApiKeyOutput = field("data", model("api_key_output", "ApiKeyOutput"), required=True)

    def __init__(
        self,
        *,
        status: RefreshApiKeyOutputStatus,
        data: ApiKeyOutput,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class RefreshApiKeyOutputDict(TypedDict, total=False):
    """``RefreshApiKeyOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[RefreshApiKeyOutputStatus | Literal["error", "success"]]
    data: Required[ApiKeyOutput | ApiKeyOutputDict]
