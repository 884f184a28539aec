# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.google_service_account_key_input import GoogleServiceAccountKeyInput
    from ..models.microsoft_service_account_key_input import MicrosoftServiceAccountKeyInput


class UpdateDelegationCredentialInput(ApiModel):
    """
    Attributes:
        enabled (bool | Unset):
        service_account_key (list[GoogleServiceAccountKeyInput | MicrosoftServiceAccountKeyInput] | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "enabled",
            "serviceAccountKey",
        }
    )
    _required = frozenset({})

    def __init__(
        self,
        *,
        enabled: bool | Unset = UNSET,
        service_account_key: list[GoogleServiceAccountKeyInput | MicrosoftServiceAccountKeyInput] | Unset = UNSET,
        **extra: Any,
    ) -> None:
        from ..models.google_service_account_key_input import GoogleServiceAccountKeyInput  # noqa: PLC0415

        data: dict[str, Any] = {}
        _enabled = enabled

        if not isinstance(_enabled, Unset):
            data["enabled"] = _enabled
        _service_account_key = UNSET
        if not isinstance(service_account_key, Unset):
            _service_account_key = []
            for service_account_key_item_data in service_account_key:
                service_account_key_item: dict[str, Any]
                if isinstance(service_account_key_item_data, GoogleServiceAccountKeyInput):
                    service_account_key_item = as_json(service_account_key_item_data)
                else:
                    service_account_key_item = as_json(service_account_key_item_data)

                _service_account_key.append(service_account_key_item)

        if not isinstance(_service_account_key, Unset):
            data["serviceAccountKey"] = _service_account_key
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def enabled(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("enabled", UNSET))

    @property
    def service_account_key(self) -> list[GoogleServiceAccountKeyInput | MicrosoftServiceAccountKeyInput] | Unset:
        from ..models.google_service_account_key_input import GoogleServiceAccountKeyInput  # noqa: PLC0415
        from ..models.microsoft_service_account_key_input import MicrosoftServiceAccountKeyInput  # noqa: PLC0415

        _service_account_key = self._data.get("serviceAccountKey", UNSET)
        service_account_key: list[GoogleServiceAccountKeyInput | MicrosoftServiceAccountKeyInput] | Unset = UNSET
        if _service_account_key is not UNSET:
            service_account_key = []
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
