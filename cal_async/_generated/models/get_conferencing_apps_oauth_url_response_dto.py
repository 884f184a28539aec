# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_conferencing_apps_oauth_url_response_dto_status import GetConferencingAppsOauthUrlResponseDtoStatus


class GetConferencingAppsOauthUrlResponseDto(ApiModel):
    """
    Attributes:
        status (GetConferencingAppsOauthUrlResponseDtoStatus):  Example: success.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "status",
        }
    )
    _required = frozenset(
        {
            "status",
        }
    )

    def __init__(
        self,
        *,
        status: GetConferencingAppsOauthUrlResponseDtoStatus,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetConferencingAppsOauthUrlResponseDtoStatus(status).value

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetConferencingAppsOauthUrlResponseDtoStatus:
        status = GetConferencingAppsOauthUrlResponseDtoStatus(self._req("status"))

        return status
