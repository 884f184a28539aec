# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    STR,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class Data(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    call_id: str = field("callId", STR, required=True)
    agent_id: str | Unset = field("agentId", STR, required=False)

    def __init__(
        self,
        *,
        call_id: str,
        agent_id: str | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "callId": call_id,
                "agentId": agent_id,
            }
        )


class DataDict(TypedDict, total=False):
    """``Data`` as a plain dict with the API's JSON names, for request bodies."""

    callId: Required[str]
    agentId: str
