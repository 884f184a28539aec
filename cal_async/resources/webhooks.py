"""``cal.webhooks``: ``create``/``update`` that check triggers against the 18 the server accepts.

The API document's example lists four triggers the server rejects (BOOKING_CONFIRMED, ...), so a
typo or a copied example fails here, naming the valid ones, instead of as a server 400.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Unpack, cast
from urllib.parse import urlsplit

from .._generated.resources.webhooks import WebhooksResource
from .._models import ApiModel
from .._options import RequestOptions
from ..webhooks import WEBHOOK_TRIGGERS

if TYPE_CHECKING:
    from .._generated.models.create_webhook_input_dto import CreateWebhookInputDto, CreateWebhookInputDtoDict
    from .._generated.models.update_webhook_input_dto import UpdateWebhookInputDto, UpdateWebhookInputDtoDict
    from .._generated.models.user_webhook_output_dto import UserWebhookOutputDto

__all__ = ["Webhooks", "check_triggers"]


def check_triggers(triggers: Iterable[str] | str) -> list[str]:
    """``triggers`` as a list, each one a trigger the server accepts, else a ``ValueError``."""
    values = [triggers] if isinstance(triggers, str) else [str(t) for t in triggers]
    if not values:
        raise ValueError("a webhook needs at least one trigger")
    unknown = [t for t in values if t not in WEBHOOK_TRIGGERS]
    if unknown:
        valid = ", ".join(sorted(WEBHOOK_TRIGGERS))
        raise ValueError(f"unknown webhook trigger(s) {', '.join(unknown)}; valid triggers: {valid}")
    return list(dict.fromkeys(values))  # drop repeats, keep order


def _check_url(url: str) -> str:
    parts = urlsplit(url) if isinstance(url, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"subscriber_url must be an absolute http(s) URL, got {url!r}")
    return url


def _checked(body: ApiModel | Mapping[str, Any]) -> dict[str, Any]:
    raw = body.to_dict() if isinstance(body, ApiModel) else dict(body)
    if "triggers" in raw:
        raw["triggers"] = check_triggers(raw["triggers"])
    if "subscriberUrl" in raw:
        _check_url(raw["subscriberUrl"])
    return raw


class Webhooks(WebhooksResource):
    """``cal.webhooks``: generated operations with trigger validation on ``create``/``update``."""

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
            payload = _checked(body)  # what it contains is checked; the server asks for the rest
        else:
            if subscriber_url is None or triggers is None:
                raise ValueError("a webhook needs a subscriber_url and triggers")
            payload = {
                "subscriberUrl": _check_url(subscriber_url),
                "triggers": check_triggers(triggers),
                "active": active,
            }
            if secret is not None:
                payload["secret"] = secret
            if payload_template is not None:
                payload["payloadTemplate"] = payload_template
        created: UserWebhookOutputDto = await super().create(
            body=cast("CreateWebhookInputDtoDict", payload), **options
        )
        return created

    async def update(
        self,
        webhook_id: str,
        *,
        body: UpdateWebhookInputDto | UpdateWebhookInputDtoDict,
        **options: Unpack[RequestOptions],
    ) -> UserWebhookOutputDto:
        """Update a webhook (``PATCH /v2/webhooks/{id}``); new ``triggers`` are checked first."""
        updated: UserWebhookOutputDto = await super().update(
            webhook_id, body=cast("UpdateWebhookInputDtoDict", _checked(body)), **options
        )
        return updated
