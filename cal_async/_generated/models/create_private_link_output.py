# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    STR,
    field,
    model,
    one_of,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    from .time_based_private_link_output import TimeBasedPrivateLinkOutput, TimeBasedPrivateLinkOutputDict
    from .usage_based_private_link_output import UsageBasedPrivateLinkOutput, UsageBasedPrivateLinkOutputDict

    pass


class CreatePrivateLinkOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: str = field("status", STR, required=True)
    """ Response status """
    data: TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput = field(
        "data",
        one_of(
            model("time_based_private_link_output", "TimeBasedPrivateLinkOutput"),
            model("usage_based_private_link_output", "UsageBasedPrivateLinkOutput"),
        ),
        required=True,
    )
    """ Created private link data (either time-based or usage-based) """

    def __init__(
        self,
        *,
        status: str,
        data: TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class CreatePrivateLinkOutputDict(TypedDict, total=False):
    """``CreatePrivateLinkOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[str]
    data: Required[
        TimeBasedPrivateLinkOutput
        | TimeBasedPrivateLinkOutputDict
        | UsageBasedPrivateLinkOutput
        | UsageBasedPrivateLinkOutputDict
    ]
