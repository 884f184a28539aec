# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.create_o_auth_client_response_dto_status import CreateOAuthClientResponseDtoStatus

if TYPE_CHECKING:
    from ..models.create_o_auth_client_output import CreateOAuthClientOutput


class CreateOAuthClientResponseDto(ApiModel):
    """
    Attributes:
        status (CreateOAuthClientResponseDtoStatus):  Example: success.
        data (CreateOAuthClientOutput):
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
        status: CreateOAuthClientResponseDtoStatus,
        data: CreateOAuthClientOutput,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = CreateOAuthClientResponseDtoStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> CreateOAuthClientResponseDtoStatus:
        status = CreateOAuthClientResponseDtoStatus(self._req("status"))

        return status

    @property
    def data(self) -> CreateOAuthClientOutput:
        from ..models.create_o_auth_client_output import CreateOAuthClientOutput  # noqa: PLC0415

        data = CreateOAuthClientOutput.from_dict(self._req("data"))

        return data
