# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

if TYPE_CHECKING:
    from ..models.time_based_private_link_output import TimeBasedPrivateLinkOutput
    from ..models.usage_based_private_link_output import UsageBasedPrivateLinkOutput


class UpdatePrivateLinkOutput(ApiModel):
    """
    Attributes:
        status (str): Response status Example: success.
        data (TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput): Updated private link data (either time-based or
            usage-based)
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
        data: TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput,
        **extra: Any,
    ) -> None:
        from ..models.time_based_private_link_output import TimeBasedPrivateLinkOutput  # noqa: PLC0415

        data: dict[str, Any] = {}
        data["status"] = status

        if isinstance(data, TimeBasedPrivateLinkOutput):
            data["data"] = as_json(data)
        else:
            data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> str:
        """Response status"""
        return cast(str, self._req("status"))

    @property
    def data(self) -> TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput:
        """Updated private link data (either time-based or usage-based)"""
        from ..models.time_based_private_link_output import TimeBasedPrivateLinkOutput  # noqa: PLC0415
        from ..models.usage_based_private_link_output import UsageBasedPrivateLinkOutput  # noqa: PLC0415

        def _parse_data(data: object) -> TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput:
            try:
                if not UsageBasedPrivateLinkOutput._matches(data):
                    raise TypeError()
                data_type_1 = UsageBasedPrivateLinkOutput.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not TimeBasedPrivateLinkOutput._matches(data):
                    raise TypeError()
                data_type_0 = TimeBasedPrivateLinkOutput.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput, data)

        data = _parse_data(self._req("data"))

        return data
