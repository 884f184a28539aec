# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.refresh_api_key_output_status import RefreshApiKeyOutputStatus

if TYPE_CHECKING:
    from ..models.api_key_output import ApiKeyOutput


class RefreshApiKeyOutput(ApiModel):
    """
    Attributes:
        status (RefreshApiKeyOutputStatus):  Example: success.
        data (ApiKeyOutput):
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
        status: RefreshApiKeyOutputStatus,
        data: ApiKeyOutput,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = RefreshApiKeyOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> RefreshApiKeyOutputStatus:
        status = RefreshApiKeyOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> ApiKeyOutput:
        from ..models.api_key_output import ApiKeyOutput  # noqa: PLC0415

        data = ApiKeyOutput.from_dict(self._req("data"))

        return data
