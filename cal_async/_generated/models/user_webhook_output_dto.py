# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    BOOL,
    INT,
    STR,
    field,
    list_of,
    nullable,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class UserWebhookOutputDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    payload_template: str | None = field("payloadTemplate", nullable(STR), required=True)
    """ The template of the payload that will be sent to the subscriberUrl, check cal.com/docs/core-
    features/webhooks for more information """
    user_id: int = field("userId", INT, required=True)
    id: str = field("id", STR, required=True)
    triggers: list[str] = field("triggers", list_of(STR), required=True)
    subscriber_url: str = field("subscriberUrl", STR, required=True)
    active: bool = field("active", BOOL, required=True)
    secret: str | None | Unset = field("secret", nullable(STR), required=False)

    def __init__(
        self,
        *,
        payload_template: str | None,
        user_id: int,
        id: str,
        triggers: list[str],
        subscriber_url: str,
        active: bool,
        secret: str | None | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "payloadTemplate": payload_template,
                "userId": user_id,
                "id": id,
                "triggers": triggers,
                "subscriberUrl": subscriber_url,
                "active": active,
                "secret": secret,
            }
        )


class UserWebhookOutputDtoDict(TypedDict, total=False):
    """``UserWebhookOutputDto`` as a plain dict with the API's JSON names, for request bodies."""

    payloadTemplate: Required[str | None]
    userId: Required[int]
    id: Required[str]
    triggers: Required[Sequence[str]]
    subscriberUrl: Required[str]
    active: Required[bool]
    secret: str | None
