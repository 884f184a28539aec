# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.delete_many_webhooks_output_response_dto_status import DeleteManyWebhooksOutputResponseDtoStatus


class DeleteManyWebhooksOutputResponseDto(ApiModel):
    """
    Attributes:
        status (DeleteManyWebhooksOutputResponseDtoStatus):  Example: success.
        data (str):
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
        status: DeleteManyWebhooksOutputResponseDtoStatus,
        data: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = DeleteManyWebhooksOutputResponseDtoStatus(status).value

        data["data"] = data

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> DeleteManyWebhooksOutputResponseDtoStatus:
        status = DeleteManyWebhooksOutputResponseDtoStatus(self._req("status"))

        return status

    @property
    def data(self) -> str:
        return cast(str, self._req("data"))
