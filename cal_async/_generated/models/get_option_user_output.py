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

from .get_option_user_output_status import GetOptionUserOutputStatus

if TYPE_CHECKING:
    from .get_option_user_output_data import GetOptionUserOutputData, GetOptionUserOutputDataDict

    pass


class GetOptionUserOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetOptionUserOutputStatus = field("status", enum_of(GetOptionUserOutputStatus), required=True)
    data: list[GetOptionUserOutputData] = field(
        "data", list_of(model("get_option_user_output_data", "GetOptionUserOutputData")), required=True
    )

    def __init__(
        self,
        *,
        status: GetOptionUserOutputStatus,
        data: list[GetOptionUserOutputData],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetOptionUserOutputDict(TypedDict, total=False):
    """``GetOptionUserOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetOptionUserOutputStatus | Literal["error", "success"]]
    data: Required[Sequence[GetOptionUserOutputData | GetOptionUserOutputDataDict]]
