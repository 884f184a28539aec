# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.request_email_verification_output_status import RequestEmailVerificationOutputStatus


class RequestEmailVerificationOutput(ApiModel):
    """
    Attributes:
        status (RequestEmailVerificationOutputStatus):  Example: success.
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
        status: RequestEmailVerificationOutputStatus,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = RequestEmailVerificationOutputStatus(status).value

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> RequestEmailVerificationOutputStatus:
        status = RequestEmailVerificationOutputStatus(self._req("status"))

        return status
