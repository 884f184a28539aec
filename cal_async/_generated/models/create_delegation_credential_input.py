# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    STR,
    field,
    list_of,
    model,
    one_of,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    from .google_service_account_key_input import GoogleServiceAccountKeyInput, GoogleServiceAccountKeyInputDict
    from .microsoft_service_account_key_input import (
        MicrosoftServiceAccountKeyInput,
        MicrosoftServiceAccountKeyInputDict,
    )

    pass


class CreateDelegationCredentialInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    workspace_platform_slug: str = field("workspacePlatformSlug", STR, required=True)
    domain: str = field("domain", STR, required=True)
    service_account_key: list[GoogleServiceAccountKeyInput | MicrosoftServiceAccountKeyInput] = field(
        "serviceAccountKey",
        list_of(
            one_of(
                model("google_service_account_key_input", "GoogleServiceAccountKeyInput"),
                model("microsoft_service_account_key_input", "MicrosoftServiceAccountKeyInput"),
            )
        ),
        required=True,
    )

    def __init__(
        self,
        *,
        workspace_platform_slug: str,
        domain: str,
        service_account_key: list[GoogleServiceAccountKeyInput | MicrosoftServiceAccountKeyInput],
    ) -> None:
        self._set(
            {
                "workspacePlatformSlug": workspace_platform_slug,
                "domain": domain,
                "serviceAccountKey": service_account_key,
            }
        )


class CreateDelegationCredentialInputDict(TypedDict, total=False):
    """``CreateDelegationCredentialInput`` as a plain dict with the API's JSON names, for request bodies."""

    workspacePlatformSlug: Required[str]
    domain: Required[str]
    serviceAccountKey: Required[
        Sequence[
            GoogleServiceAccountKeyInput
            | GoogleServiceAccountKeyInputDict
            | MicrosoftServiceAccountKeyInput
            | MicrosoftServiceAccountKeyInputDict
        ]
    ]
