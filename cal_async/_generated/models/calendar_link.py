# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class CalendarLink(ApiModel):
    """
    Attributes:
        label (str): The label of the calendar link
        link (str): The link to the calendar
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "label",
            "link",
        }
    )
    _required = frozenset(
        {
            "label",
            "link",
        }
    )

    def __init__(
        self,
        *,
        label: str,
        link: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["label"] = label

        data["link"] = link

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def label(self) -> str:
        """The label of the calendar link"""
        return cast(str, self._req("label"))

    @property
    def link(self) -> str:
        """The link to the calendar"""
        return cast(str, self._req("link"))
