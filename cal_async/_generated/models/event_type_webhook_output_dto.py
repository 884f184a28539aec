# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class EventTypeWebhookOutputDto(ApiModel):
    """
    Attributes:
        payload_template (str): The template of the payload that will be sent to the subscriberUrl, check
            cal.com/docs/core-features/webhooks for more information Example: {"content":"A new event has been scheduled","t
            ype":"{{type}}","name":"{{title}}","organizer":"{{organizer.name}}","booker":"{{attendees.0.name}}"}.
        event_type_id (int):
        id (str):  Example: 2f6a1b9e-1c55-4f7e-9f0e-6d5f1f3d2c11.
        triggers (list[str]):
        subscriber_url (str):
        active (bool):
        secret (str | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "payloadTemplate",
            "eventTypeId",
            "id",
            "triggers",
            "subscriberUrl",
            "active",
            "secret",
        }
    )
    _required = frozenset(
        {
            "payloadTemplate",
            "eventTypeId",
            "id",
            "triggers",
            "subscriberUrl",
            "active",
        }
    )

    def __init__(
        self,
        *,
        payload_template: str,
        event_type_id: int,
        id: str,
        triggers: list[str],
        subscriber_url: str,
        active: bool,
        secret: str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["payloadTemplate"] = payload_template

        data["eventTypeId"] = event_type_id

        data["id"] = id

        data["triggers"] = triggers

        data["subscriberUrl"] = subscriber_url

        data["active"] = active

        _secret = secret

        if not isinstance(_secret, Unset):
            data["secret"] = _secret
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def payload_template(self) -> str:
        """The template of the payload that will be sent to the subscriberUrl, check cal.com/docs/core-
        features/webhooks for more information"""
        return cast(str, self._req("payloadTemplate"))

    @property
    def event_type_id(self) -> int:
        return cast(int, self._req("eventTypeId"))

    @property
    def id(self) -> str:
        return cast(str, self._req("id"))

    @property
    def triggers(self) -> list[str]:
        triggers = cast(list[str], self._req("triggers"))

        return triggers

    @property
    def subscriber_url(self) -> str:
        return cast(str, self._req("subscriberUrl"))

    @property
    def active(self) -> bool:
        return cast(bool, self._req("active"))

    @property
    def secret(self) -> str | Unset:
        return cast(str | Unset, self._data.get("secret", UNSET))
