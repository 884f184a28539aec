# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

if TYPE_CHECKING:
    from ..models.time_based_private_link_output import TimeBasedPrivateLinkOutput
    from ..models.usage_based_private_link_output import UsageBasedPrivateLinkOutput


class GetPrivateLinksOutput(ApiModel):
    """
    Attributes:
        status (str): Response status Example: success.
        data (list[TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput]): Array of private links for the event type
            (mix of time-based and usage-based)
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "status",
            "data",
        }
    )
    _required = frozenset(
        {
            "status",
            "data",
        }
    )

    def __init__(
        self,
        *,
        status: str,
        data: list[TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput],
        **extra: Any,
    ) -> None:
        from ..models.time_based_private_link_output import TimeBasedPrivateLinkOutput  # noqa: PLC0415

        data: dict[str, Any] = {}
        data["status"] = status

        data["data"] = []
        for data_item_data in data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, TimeBasedPrivateLinkOutput):
                data_item = as_json(data_item_data)
            else:
                data_item = as_json(data_item_data)

            data["data"].append(data_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> str:
        """Response status"""
        return cast(str, self._req("status"))

    @property
    def data(self) -> list[TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput]:
        """Array of private links for the event type (mix of time-based and usage-based)"""
        from ..models.time_based_private_link_output import TimeBasedPrivateLinkOutput  # noqa: PLC0415
        from ..models.usage_based_private_link_output import UsageBasedPrivateLinkOutput  # noqa: PLC0415

        data = []
        _data = self._req("data")
        for data_item_data in _data:

            def _parse_data_item(data: object) -> TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput:
                try:
                    if not UsageBasedPrivateLinkOutput._matches(data):
                        raise TypeError()
                    data_item_type_1 = UsageBasedPrivateLinkOutput.from_dict(data)

                    return data_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not TimeBasedPrivateLinkOutput._matches(data):
                        raise TypeError()
                    data_item_type_0 = TimeBasedPrivateLinkOutput.from_dict(data)

                    return data_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput, data)

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)

        return data
