# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class Data(ApiModel):
    """
    Attributes:
        call_id (str):
        agent_id (str | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "callId",
            "agentId",
        }
    )
    _required = frozenset(
        {
            "callId",
        }
    )

    def __init__(
        self,
        *,
        call_id: str,
        agent_id: str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["callId"] = call_id

        _agent_id = agent_id

        if not isinstance(_agent_id, Unset):
            data["agentId"] = _agent_id
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def call_id(self) -> str:
        return cast(str, self._req("callId"))

    @property
    def agent_id(self) -> str | Unset:
        return cast(str | Unset, self._data.get("agentId", UNSET))
