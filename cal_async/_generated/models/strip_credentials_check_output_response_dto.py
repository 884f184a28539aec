# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

if TYPE_CHECKING:
    from ..models.strip_credentials_check_output_response_dto_status import StripCredentialsCheckOutputResponseDtoStatus


class StripCredentialsCheckOutputResponseDto(ApiModel):
    """
    Attributes:
        status (StripCredentialsCheckOutputResponseDtoStatus):  Example: success.
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
        status: StripCredentialsCheckOutputResponseDtoStatus,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = as_json(status)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> StripCredentialsCheckOutputResponseDtoStatus:
        from ..models.strip_credentials_check_output_response_dto_status import (
            StripCredentialsCheckOutputResponseDtoStatus,  # noqa: PLC0415
        )

        status = StripCredentialsCheckOutputResponseDtoStatus.from_dict(self._req("status"))

        return status
