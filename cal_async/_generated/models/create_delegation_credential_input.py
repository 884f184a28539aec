# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

if TYPE_CHECKING:
    from ..models.google_service_account_key_input import GoogleServiceAccountKeyInput
    from ..models.microsoft_service_account_key_input import MicrosoftServiceAccountKeyInput


class CreateDelegationCredentialInput(ApiModel):
    """
    Attributes:
        workspace_platform_slug (str):
        domain (str):
        service_account_key (list[GoogleServiceAccountKeyInput | MicrosoftServiceAccountKeyInput]):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "workspacePlatformSlug",
            "domain",
            "serviceAccountKey",
        }
    )
    _required = frozenset(
        {
            "workspacePlatformSlug",
            "domain",
            "serviceAccountKey",
        }
    )

    def __init__(
        self,
        *,
        workspace_platform_slug: str,
        domain: str,
        service_account_key: list[GoogleServiceAccountKeyInput | MicrosoftServiceAccountKeyInput],
        **extra: Any,
    ) -> None:
        from ..models.google_service_account_key_input import GoogleServiceAccountKeyInput  # noqa: PLC0415

        data: dict[str, Any] = {}
        data["workspacePlatformSlug"] = workspace_platform_slug

        data["domain"] = domain

        data["serviceAccountKey"] = []
        for service_account_key_item_data in service_account_key:
            service_account_key_item: dict[str, Any]
            if isinstance(service_account_key_item_data, GoogleServiceAccountKeyInput):
                service_account_key_item = as_json(service_account_key_item_data)
            else:
                service_account_key_item = as_json(service_account_key_item_data)

            data["serviceAccountKey"].append(service_account_key_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def workspace_platform_slug(self) -> str:
        return cast(str, self._req("workspacePlatformSlug"))

    @property
    def domain(self) -> str:
        return cast(str, self._req("domain"))

    @property
    def service_account_key(self) -> list[GoogleServiceAccountKeyInput | MicrosoftServiceAccountKeyInput]:
        from ..models.google_service_account_key_input import GoogleServiceAccountKeyInput  # noqa: PLC0415
        from ..models.microsoft_service_account_key_input import MicrosoftServiceAccountKeyInput  # noqa: PLC0415

        service_account_key = []
        _service_account_key = self._req("serviceAccountKey")
        for service_account_key_item_data in _service_account_key:

            def _parse_service_account_key_item(
                data: object,
            ) -> GoogleServiceAccountKeyInput | MicrosoftServiceAccountKeyInput:
                try:
                    if not GoogleServiceAccountKeyInput._matches(data):
                        raise TypeError()
                    service_account_key_item_type_0 = GoogleServiceAccountKeyInput.from_dict(data)

                    return service_account_key_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not MicrosoftServiceAccountKeyInput._matches(data):
                        raise TypeError()
                    service_account_key_item_type_1 = MicrosoftServiceAccountKeyInput.from_dict(data)

                    return service_account_key_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(GoogleServiceAccountKeyInput | MicrosoftServiceAccountKeyInput, data)

            service_account_key_item = _parse_service_account_key_item(service_account_key_item_data)

            service_account_key.append(service_account_key_item)

        return service_account_key
