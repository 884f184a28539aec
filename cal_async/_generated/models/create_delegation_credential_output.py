# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.create_delegation_credential_output_status import CreateDelegationCredentialOutputStatus

if TYPE_CHECKING:
    from ..models.delegation_credential_output import DelegationCredentialOutput


class CreateDelegationCredentialOutput(ApiModel):
    """
    Attributes:
        status (CreateDelegationCredentialOutputStatus):  Example: success.
        data (DelegationCredentialOutput):
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
        status: CreateDelegationCredentialOutputStatus,
        data: DelegationCredentialOutput,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = CreateDelegationCredentialOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> CreateDelegationCredentialOutputStatus:
        status = CreateDelegationCredentialOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> DelegationCredentialOutput:
        from ..models.delegation_credential_output import DelegationCredentialOutput  # noqa: PLC0415

        data = DelegationCredentialOutput.from_dict(self._req("data"))

        return data
