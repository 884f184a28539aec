# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.calendar_event_more_location_type import CalendarEventMoreLocationType
from ..types import UNSET, Unset


class CalendarEventMoreLocation(ApiModel):
    """
    Attributes:
        type_ (CalendarEventMoreLocationType): Indicates this is an additional conference location type Default:
            CalendarEventMoreLocationType.MORE.
        url (str): URL for accessing this location
        label (None | str | Unset): Display name for this location
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "type",
            "url",
            "label",
        }
    )
    _required = frozenset(
        {
            "type",
            "url",
        }
    )

    def __init__(
        self,
        *,
        type_: CalendarEventMoreLocationType,
        url: str,
        label: None | str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = CalendarEventMoreLocationType(type_).value

        data["url"] = url

        if isinstance(label, Unset):
            _label = UNSET
        else:
            _label = label

        if not isinstance(_label, Unset):
            data["label"] = _label
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> CalendarEventMoreLocationType:
        """Indicates this is an additional conference location type"""
        type_ = CalendarEventMoreLocationType(self._req("type"))

        return type_

    @property
    def url(self) -> str:
        """URL for accessing this location"""
        return cast(str, self._req("url"))

    @property
    def label(self) -> None | str | Unset:
        """Display name for this location"""

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(self._data.get("label", UNSET))

        return label
