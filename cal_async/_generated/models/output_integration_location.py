# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.output_integration_location_integration import OutputIntegrationLocationIntegration
from ..types import UNSET, Unset


class OutputIntegrationLocation(ApiModel):
    """
    Attributes:
        type_ (str): Only allowed value for type is `integration` Example: integration.
        integration (OutputIntegrationLocationIntegration):  Example: cal-video.
        link (str | Unset):  Example: https://example.com.
        credential_id (int | Unset): Credential ID associated with the integration
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "type",
            "integration",
            "link",
            "credentialId",
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
        integration: OutputIntegrationLocationIntegration,
        link: str | Unset = UNSET,
        credential_id: int | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = type_

        data["integration"] = OutputIntegrationLocationIntegration(integration).value

        _link = link

        if not isinstance(_link, Unset):
            data["link"] = _link
        _credential_id = credential_id

        if not isinstance(_credential_id, Unset):
            data["credentialId"] = _credential_id
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> str:
        """Only allowed value for type is `integration`"""
        return cast(str, self._req("type"))

    @property
    def integration(self) -> OutputIntegrationLocationIntegration:
        integration = OutputIntegrationLocationIntegration(self._req("integration"))

        return integration

    @property
    def link(self) -> str | Unset:
        return cast(str | Unset, self._data.get("link", UNSET))

    @property
    def credential_id(self) -> int | Unset:
        """Credential ID associated with the integration"""
        return cast(int | Unset, self._data.get("credentialId", UNSET))
