"""``cal.webhooks``: ``create``/``update`` that check triggers before the server sees them.

The server validates ``triggers`` with ``@IsArray() @IsEnum(WebhookTriggerEvents, {each: true})``
(``apps/api/v2/src/modules/webhooks/inputs/webhook.input.ts``): an empty list is valid, and newer
servers add triggers. So a trigger outside the 18 this SDK knows passes with an
``UnknownWebhookTriggerWarning``. Refused before sending: values that cannot be triggers (not
UPPER_SNAKE_CASE strings) and the four the API document's example lists but the server rejects.
"""

from __future__ import annotations

import difflib
import re
import warnings
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Final, TypeVar, Unpack
from urllib.parse import urlsplit

from .._generated.models.create_webhook_input_dto import CreateWebhookInputDto
from .._generated.models.create_webhook_input_dto_triggers_item import CreateWebhookInputDtoTriggersItem
from .._generated.models.update_webhook_input_dto import UpdateWebhookInputDto
from .._generated.resources.webhooks import WebhooksResource
from .._models import ApiModel
from .._options import RequestOptions
from .._request_input import body_dict
from ..webhooks import WEBHOOK_TRIGGERS, UnknownWebhookTriggerWarning

if TYPE_CHECKING:
    from .._generated.models.create_webhook_input_dto import CreateWebhookInputDtoDict
    from .._generated.models.update_webhook_input_dto import UpdateWebhookInputDtoDict
    from .._generated.models.user_webhook_output_dto import UserWebhookOutputDto

M = TypeVar("M", CreateWebhookInputDto, UpdateWebhookInputDto)

__all__ = ["WebhookHelpers", "check_triggers"]

# In the API document's example, absent from the server's enum (API-FACTS, Webhooks).
_REJECTED: Final = frozenset(
    {"BOOKING_CONFIRMED", "BOOKING_COMPLETED", "BOOKING_NO_SHOW", "BOOKING_REOPENED"}
)
_TRIGGER_SHAPE: Final = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*")


def check_triggers(triggers: Iterable[str] | str) -> list[str]:
    """``triggers`` as a list without repeats; ``[]`` is valid (a webhook that is not triggered yet).

    A trigger outside the 18 this SDK knows is passed on with an ``UnknownWebhookTriggerWarning``
    (naming the closest known one, in case it is a typo). ``ValueError`` for a value that cannot be
    a trigger, or one of the four the server rejects although the API document shows them.
    """
    values = [triggers] if isinstance(triggers, str) else list(triggers)
    malformed = [t for t in values if not isinstance(t, str) or not _TRIGGER_SHAPE.fullmatch(t)]
    if malformed:
        raise ValueError(
            f"webhook triggers are UPPER_SNAKE_CASE strings such as 'BOOKING_CREATED'; got {malformed!r}"
        )
    rejected = [t for t in values if t in _REJECTED]
    if rejected:
        valid = ", ".join(sorted(WEBHOOK_TRIGGERS))
        raise ValueError(
            f"unknown webhook trigger(s) {', '.join(rejected)} (the API document's example lists them, "
            f"the server rejects them); valid triggers: {valid}"
        )
    for unknown in dict.fromkeys(t for t in values if t not in WEBHOOK_TRIGGERS):
        close = difflib.get_close_matches(unknown, sorted(WEBHOOK_TRIGGERS), n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        warnings.warn(
            f"webhook trigger {unknown} is not one of the 18 this SDK knows{hint}; sending it as "
            "is, since newer Cal.com servers add triggers",
            UnknownWebhookTriggerWarning,
            stacklevel=3,
        )
    return list(dict.fromkeys(str(t) for t in values))  # plain strings; drop repeats, keep order


def _check_url(url: str) -> str:
    parts = urlsplit(url) if isinstance(url, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"subscriber_url must be an absolute http(s) URL, got {url!r}")
    return url


def _checked(kind: type[M], body: ApiModel | Mapping[str, object]) -> M:
    """``body`` as the ``kind`` model, its triggers and subscriber URL checked first."""
    raw = body_dict(body)
    if "triggers" in raw:
        raw["triggers"] = check_triggers(raw["triggers"])
    if "subscriberUrl" in raw:
        _check_url(raw["subscriberUrl"])
    return kind.from_dict(raw)


class WebhookHelpers(WebhooksResource):
    """``cal.webhooks``: the generated operations, ``create`` from keyword arguments, and
    ``create``/``update`` checking triggers and the subscriber URL before sending."""

    async def create(
        self,
        *,
        body: CreateWebhookInputDto | CreateWebhookInputDtoDict | None = None,
        subscriber_url: str | None = None,
        triggers: Iterable[str] | None = None,
        secret: str | None = None,
        active: bool = True,
        payload_template: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> UserWebhookOutputDto:
        """Subscribe ``subscriber_url`` to ``triggers``. Give a ``secret`` so deliveries are signed
        (verify them with ``cal_async.webhooks.verify_signature``)."""
        if body is not None:
            if subscriber_url is not None or triggers is not None or secret or payload_template:
                raise ValueError("pass either body= or subscriber_url/triggers/secret, not both")
            # What it contains is checked; the server asks for the rest.
            payload: CreateWebhookInputDto | CreateWebhookInputDtoDict = _checked(CreateWebhookInputDto, body)
        else:
            if subscriber_url is None or triggers is None:
                raise ValueError("a webhook needs a subscriber_url and triggers")
            payload = {
                "subscriberUrl": _check_url(subscriber_url),
                # Open enum members: a trigger newer than this SDK is sent as given.
                "triggers": [CreateWebhookInputDtoTriggersItem(t) for t in check_triggers(triggers)],
                "active": active,
            }
            if secret is not None:
                payload["secret"] = secret
            if payload_template is not None:
                payload["payloadTemplate"] = payload_template
        return await super().create(body=payload, **options)

    async def update(
        self,
        webhook_id: str,
        *,
        body: UpdateWebhookInputDto | UpdateWebhookInputDtoDict,
        **options: Unpack[RequestOptions],
    ) -> UserWebhookOutputDto:
        """Update a webhook (``PATCH /v2/webhooks/{id}``); new ``triggers`` are checked first."""
        return await super().update(webhook_id, body=_checked(UpdateWebhookInputDto, body), **options)
