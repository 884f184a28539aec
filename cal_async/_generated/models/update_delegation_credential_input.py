# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypedDict

from cal_async._fields import (
    BOOL,
    field,
    list_of,
    model,
    one_of,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from .google_service_account_key_input import GoogleServiceAccountKeyInput, GoogleServiceAccountKeyInputDict
    from .microsoft_service_account_key_input import (
        MicrosoftServiceAccountKeyInput,
        MicrosoftServiceAccountKeyInputDict,
    )

    pass


class UpdateDelegationCredentialInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    enabled: bool | Unset = field("enabled", BOOL, required=False)
    service_account_key: list[GoogleServiceAccountKeyInput | MicrosoftServiceAccountKeyInput] | Unset = field(
        "serviceAccountKey",
        list_of(
            one_of(
                model("google_service_account_key_input", "GoogleServiceAccountKeyInput"),
                model("microsoft_service_account_key_input", "MicrosoftServiceAccountKeyInput"),
            )
        ),
        required=False,
    )

    def __init__(
        self,
        *,
        enabled: bool | Unset = UNSET,
        service_account_key: list[GoogleServiceAccountKeyInput | MicrosoftServiceAccountKeyInput] | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "enabled": enabled,
                "serviceAccountKey": service_account_key,
            }
        )


class UpdateDelegationCredentialInputDict(TypedDict, total=False):
    """``UpdateDelegationCredentialInput`` as a plain dict with the API's JSON names, for request bodies."""

    enabled: bool
    serviceAccountKey: Sequence[
        GoogleServiceAccountKeyInput
        | GoogleServiceAccountKeyInputDict
        | MicrosoftServiceAccountKeyInput
        | MicrosoftServiceAccountKeyInputDict
    ]
