# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.request_phone_verification_output_status import RequestPhoneVerificationOutputStatus


class RequestPhoneVerificationOutput(ApiModel):
    """
    Attributes:
        status (RequestPhoneVerificationOutputStatus):  Example: success.
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
        status: RequestPhoneVerificationOutputStatus,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = RequestPhoneVerificationOutputStatus(status).value

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> RequestPhoneVerificationOutputStatus:
        status = RequestPhoneVerificationOutputStatus(self._req("status"))

        return status
