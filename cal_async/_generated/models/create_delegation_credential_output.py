# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Literal, Required, TypedDict

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
    """Fields are decoded, checked and cached when first read; fields the API document does not declare
    stay readable with ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()
    _fields: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "data",
        }
    )
    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "data",
        }
    )

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
