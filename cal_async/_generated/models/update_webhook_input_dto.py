# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.update_webhook_input_dto_triggers_item import UpdateWebhookInputDtoTriggersItem
from ..types import UNSET, Unset


class UpdateWebhookInputDto(ApiModel):
    """
    Attributes:
        payload_template (str | Unset): The template of the payload that will be sent to the subscriberUrl, check
            cal.com/docs/core-features/webhooks for more information Example: {"content":"A new event has been scheduled","t
            ype":"{{type}}","name":"{{title}}","organizer":"{{organizer.name}}","booker":"{{attendees.0.name}}"}.
        active (bool | Unset):
        subscriber_url (str | Unset):
        triggers (list[UpdateWebhookInputDtoTriggersItem] | Unset):  Example: ['BOOKING_CREATED', 'BOOKING_RESCHEDULED',
            'BOOKING_CANCELLED', 'BOOKING_CONFIRMED', 'BOOKING_REJECTED', 'BOOKING_COMPLETED', 'BOOKING_NO_SHOW',
            'BOOKING_REOPENED'].
        secret (str | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "payloadTemplate",
            "active",
            "subscriberUrl",
            "triggers",
            "secret",
        }
    )
    _required = frozenset({})

    def __init__(
        self,
        *,
        payload_template: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        subscriber_url: str | Unset = UNSET,
        triggers: list[UpdateWebhookInputDtoTriggersItem] | Unset = UNSET,
        secret: str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        _payload_template = payload_template

        if not isinstance(_payload_template, Unset):
            data["payloadTemplate"] = _payload_template
        _active = active

        if not isinstance(_active, Unset):
            data["active"] = _active
        _subscriber_url = subscriber_url

        if not isinstance(_subscriber_url, Unset):
            data["subscriberUrl"] = _subscriber_url
        _triggers = UNSET
        if not isinstance(triggers, Unset):
            _triggers = []
            for triggers_item_data in triggers:
                triggers_item = UpdateWebhookInputDtoTriggersItem(triggers_item_data).value
                _triggers.append(triggers_item)

        if not isinstance(_triggers, Unset):
            data["triggers"] = _triggers
        _secret = secret

        if not isinstance(_secret, Unset):
            data["secret"] = _secret
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def payload_template(self) -> str | Unset:
        """The template of the payload that will be sent to the subscriberUrl, check cal.com/docs/core-
        features/webhooks for more information"""
        return cast(str | Unset, self._data.get("payloadTemplate", UNSET))

    @property
    def active(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("active", UNSET))

    @property
    def subscriber_url(self) -> str | Unset:
        return cast(str | Unset, self._data.get("subscriberUrl", UNSET))

    @property
    def triggers(self) -> list[UpdateWebhookInputDtoTriggersItem] | Unset:
        _triggers = self._data.get("triggers", UNSET)
        triggers: list[UpdateWebhookInputDtoTriggersItem] | Unset = UNSET
        if _triggers is not UNSET:
            triggers = []
            for triggers_item_data in _triggers:
                triggers_item = UpdateWebhookInputDtoTriggersItem(triggers_item_data)

                triggers.append(triggers_item)

        return triggers

    @property
    def secret(self) -> str | Unset:
        return cast(str | Unset, self._data.get("secret", UNSET))
