# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.set_default_conferencing_app_output_response_dto_status import (
    SetDefaultConferencingAppOutputResponseDtoStatus,
)


class SetDefaultConferencingAppOutputResponseDto(ApiModel):
    """
    Attributes:
        status (SetDefaultConferencingAppOutputResponseDtoStatus):  Example: success.
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
        status: SetDefaultConferencingAppOutputResponseDtoStatus,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = SetDefaultConferencingAppOutputResponseDtoStatus(status).value

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> SetDefaultConferencingAppOutputResponseDtoStatus:
        status = SetDefaultConferencingAppOutputResponseDtoStatus(self._req("status"))

        return status
