# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class Disabled(ApiModel):
    """
    Attributes:
        disabled (bool): Only acceptable value for the `disabled` property is `true`. It is used to reset the value of
            the property for which previously an object containing specific settings was passed. Example: True.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "disabled",
        }
    )
    _required = frozenset(
        {
            "disabled",
        }
    )

    def __init__(
        self,
        *,
        disabled: bool,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["disabled"] = disabled

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def disabled(self) -> bool:
        """Only acceptable value for the `disabled` property is `true`. It is used to reset the value of the
        property for which previously an object containing specific settings was passed."""
        return cast(bool, self._req("disabled"))
