# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .update_delegation_credential_output_status import UpdateDelegationCredentialOutputStatus

if TYPE_CHECKING:
    from .delegation_credential_output import DelegationCredentialOutput, DelegationCredentialOutputDict

    pass


class UpdateDelegationCredentialOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: UpdateDelegationCredentialOutputStatus = field(
        "status", enum_of(UpdateDelegationCredentialOutputStatus), required=True
    )
    data: DelegationCredentialOutput = field(
        "data", model("delegation_credential_output", "DelegationCredentialOutput"), required=True
    )

    def __init__(
        self,
        *,
        status: UpdateDelegationCredentialOutputStatus,
        data: DelegationCredentialOutput,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class UpdateDelegationCredentialOutputDict(TypedDict, total=False):
    """``UpdateDelegationCredentialOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[UpdateDelegationCredentialOutputStatus | Literal["error", "success"]]
    data: Required[DelegationCredentialOutput | DelegationCredentialOutputDict]
