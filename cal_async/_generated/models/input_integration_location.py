# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.input_integration_location_integration import InputIntegrationLocationIntegration


class InputIntegrationLocation(ApiModel):
    """
    Attributes:
        type_ (str): only allowed value for type is `integration` Example: integration.
        integration (InputIntegrationLocationIntegration):  Example: cal-video.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "type",
            "integration",
        }
    )
    _required = frozenset(
        {
            "type",
            "integration",
        }
    )

    def __init__(
        self,
        *,
        type_: str,
        integration: InputIntegrationLocationIntegration,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = type_

        data["integration"] = InputIntegrationLocationIntegration(integration).value

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> str:
        """only allowed value for type is `integration`"""
        return cast(str, self._req("type"))

    @property
    def integration(self) -> InputIntegrationLocationIntegration:
        integration = InputIntegrationLocationIntegration(self._req("integration"))

        return integration
