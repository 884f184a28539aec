# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class DeletePrivateLinkOutputData(ApiModel):
    """Deleted link information

    Attributes:
        link_id (str | Unset):  Example: abc123def456.
        message (str | Unset):  Example: Private link deleted successfully.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "linkId",
            "message",
        }
    )
    _required = frozenset({})

    def __init__(
        self,
        *,
        link_id: str | Unset = UNSET,
        message: str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        _link_id = link_id

        if not isinstance(_link_id, Unset):
            data["linkId"] = _link_id
        _message = message

        if not isinstance(_message, Unset):
            data["message"] = _message
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def link_id(self) -> str | Unset:
        return cast(str | Unset, self._data.get("linkId", UNSET))

    @property
    def message(self) -> str | Unset:
        return cast(str | Unset, self._data.get("message", UNSET))
