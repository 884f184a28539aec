# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .create_delegation_credential_output_status import CreateDelegationCredentialOutputStatus

if TYPE_CHECKING:
    from .delegation_credential_output import DelegationCredentialOutput, DelegationCredentialOutputDict

    pass


class CreateDelegationCredentialOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: CreateDelegationCredentialOutputStatus = field(
        "status", enum_of(CreateDelegationCredentialOutputStatus), required=True
    )
    data: DelegationCredentialOutput = field(
        "data", model("delegation_credential_output", "DelegationCredentialOutput"), required=True
    )

    def __init__(
        self,
        *,
        status: CreateDelegationCredentialOutputStatus,
        data: DelegationCredentialOutput,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class CreateDelegationCredentialOutputDict(TypedDict, total=False):
    """``CreateDelegationCredentialOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[CreateDelegationCredentialOutputStatus | Literal["error", "success"]]
    data: Required[DelegationCredentialOutput | DelegationCredentialOutputDict]
