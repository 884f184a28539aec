# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.create_webhook_input_dto_triggers_item import CreateWebhookInputDtoTriggersItem
from ..types import UNSET, Unset


class CreateWebhookInputDto(ApiModel):
    """
    Attributes:
        active (bool):
        subscriber_url (str):
        triggers (list[CreateWebhookInputDtoTriggersItem]):  Example: ['BOOKING_CREATED', 'BOOKING_RESCHEDULED',
            'BOOKING_CANCELLED', 'BOOKING_CONFIRMED', 'BOOKING_REJECTED', 'BOOKING_COMPLETED', 'BOOKING_NO_SHOW',
            'BOOKING_REOPENED'].
        payload_template (str | Unset): The template of the payload that will be sent to the subscriberUrl, check
            cal.com/docs/core-features/webhooks for more information Example: {"content":"A new event has been scheduled","t
            ype":"{{type}}","name":"{{title}}","organizer":"{{organizer.name}}","booker":"{{attendees.0.name}}"}.
        secret (str | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "active",
            "subscriberUrl",
            "triggers",
            "payloadTemplate",
            "secret",
        }
    )
    _required = frozenset(
        {
            "active",
            "subscriberUrl",
            "triggers",
        }
    )

    def __init__(
        self,
        *,
        active: bool,
        subscriber_url: str,
        triggers: list[CreateWebhookInputDtoTriggersItem],
        payload_template: str | Unset = UNSET,
        secret: str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["active"] = active

        data["subscriberUrl"] = subscriber_url

        data["triggers"] = []
        for triggers_item_data in triggers:
            triggers_item = CreateWebhookInputDtoTriggersItem(triggers_item_data).value
            data["triggers"].append(triggers_item)

        _payload_template = payload_template

        if not isinstance(_payload_template, Unset):
            data["payloadTemplate"] = _payload_template
        _secret = secret

        if not isinstance(_secret, Unset):
            data["secret"] = _secret
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def active(self) -> bool:
        return cast(bool, self._req("active"))

    @property
    def subscriber_url(self) -> str:
        return cast(str, self._req("subscriberUrl"))

    @property
    def triggers(self) -> list[CreateWebhookInputDtoTriggersItem]:
        triggers = []
        _triggers = self._req("triggers")
        for triggers_item_data in _triggers:
            triggers_item = CreateWebhookInputDtoTriggersItem(triggers_item_data)

            triggers.append(triggers_item)

        return triggers

    @property
    def payload_template(self) -> str | Unset:
        """The template of the payload that will be sent to the subscriberUrl, check cal.com/docs/core-
        features/webhooks for more information"""
        return cast(str | Unset, self._data.get("payloadTemplate", UNSET))

    @property
    def secret(self) -> str | Unset:
        return cast(str | Unset, self._data.get("secret", UNSET))
