"""``/v2/webhooks`` CRUD, and deliveries signed exactly as Cal.com signs them."""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

import attrs
import httpx

from cal_async.webhooks import SIGNATURE_HEADER, WebhookTrigger, sign

from .clock import Clock, iso_ms
from .errors import HttpError, not_found
from .pagination import take_skip
from .records import Delivery, Webhook
from .routing import Ctx, Response, dump, ok
from .state import State
from .validation import Errors

# One definition of the triggers and of the signature, shared with the SDK's own verification:
# the fake signs exactly as cal_async.webhooks verifies.
TRIGGERS: tuple[str, ...] = tuple(t.value for t in WebhookTrigger)


def serialize(w: Webhook) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": w.id,
        "userId": w.user_id,
        "subscriberUrl": w.subscriber_url,
        "triggers": list(w.triggers),
        "active": w.active,
        "payloadTemplate": w.payload_template,
    }
    if w.secret is not None:
        out["secret"] = w.secret
    return out


def _fields(body: dict[str, Any], errors: Errors, *, creating: bool) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    url = errors.string(body, "subscriberUrl", required=creating)
    if url is not None:
        if not re.match(r"^https?://[^\s/]+", url):
            errors.add("subscriberUrl", url, "isUrl", "subscriberUrl must be a URL address")
        else:
            changes["subscriber_url"] = url
    if (active := errors.boolean(body, "active", required=creating)) is not None:
        changes["active"] = active
    triggers = body.get("triggers")
    if triggers is not None or creating:
        if not isinstance(triggers, list) or not triggers or not all(t in TRIGGERS for t in triggers):
            errors.add(
                "triggers",
                triggers,
                "isEnum",
                "each value in triggers must be one of the following values: " + ", ".join(TRIGGERS),
            )
        else:
            changes["triggers"] = tuple(dict.fromkeys(triggers))
    for name, attr in (("payloadTemplate", "payload_template"), ("secret", "secret")):
        if (text := errors.string(body, name, required=False)) is not None:
            changes[attr] = text
    return changes


def _check_url_free(state: State, user_id: int, url: str, *, except_id: str | None = None) -> None:
    if any(
        w.user_id == user_id and w.subscriber_url == url and w.id != except_id
        for w in state.webhooks.values()
    ):
        raise HttpError(409, "Webhook with this subscriber url already exists for this user")


def _owned(ctx: Ctx) -> Webhook:
    user = ctx.require_user()
    found = ctx.state.webhooks.get(ctx.params["webhookId"])
    if found is None or found.user_id != user.id:
        raise not_found(f"Webhook ({ctx.params['webhookId']}) not found")
    return found


async def create_webhook(ctx: Ctx) -> Response:
    user = ctx.require_user()
    errors = Errors()
    changes = _fields(ctx.request.json(), errors, creating=True)
    errors.raise_if_any()
    _check_url_free(ctx.state, user.id, changes["subscriber_url"])
    webhook = Webhook(id=str(uuid.uuid4()), user_id=user.id, **changes)
    ctx.state.webhooks[webhook.id] = webhook
    return ok(serialize(webhook), status=201)


async def list_webhooks(ctx: Ctx) -> Response:
    user = ctx.require_user()
    take, skip = take_skip(ctx, default_take=250)
    mine = [w for w in ctx.state.webhooks.values() if w.user_id == user.id]
    return ok([serialize(w) for w in mine[skip : skip + take]])


async def get_webhook(ctx: Ctx) -> Response:
    return ok(serialize(_owned(ctx)))


async def update_webhook(ctx: Ctx) -> Response:
    current = _owned(ctx)
    errors = Errors()
    changes = _fields(ctx.request.json(), errors, creating=False)
    errors.raise_if_any()
    if "subscriber_url" in changes:
        _check_url_free(ctx.state, current.user_id, changes["subscriber_url"], except_id=current.id)
    updated = attrs.evolve(current, **changes)
    ctx.state.webhooks[current.id] = updated
    return ok(serialize(updated))


async def delete_webhook(ctx: Ctx) -> Response:
    current = _owned(ctx)
    del ctx.state.webhooks[current.id]
    return ok(serialize(current))


def _lookup(data: Any, path: str) -> Any:
    for part in path.split("."):
        if isinstance(data, dict) and part in data:
            data = data[part]
        elif isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        else:
            return None
    return data


def apply_template(template: str, variables: dict[str, Any]) -> str:
    """``{{name}}`` / ``{{organizer.name}}`` placeholders; unknown ones are left as written."""

    def replace(match: re.Match[str]) -> str:
        value = _lookup(variables, match.group(1).strip())
        if value is None:
            return match.group(0)
        return value if isinstance(value, str) else json.dumps(value)

    return re.sub(r"\{\{([^}]+)\}\}", replace, template)


@attrs.define
class Dispatcher:
    """Sends one POST per active webhook subscribed to the trigger, and records every delivery.

    With no transport the deliveries are only recorded (nothing leaves the process); the CLI server
    passes a real network transport. Redirects are not followed and nothing is retried, as on Cal.com.
    """

    state: State
    clock: Clock
    transport: httpx.AsyncBaseTransport | None = None
    timeout: float = 10.0
    # One client for the fake's lifetime: closing a per-delivery client would close the transport.
    _client: httpx.AsyncClient | None = None

    async def emit(self, trigger: str, user_id: int, payload: dict[str, Any]) -> None:
        subscribed = [
            w
            for w in self.state.webhooks.values()
            if w.user_id == user_id and w.active and trigger in w.triggers
        ]
        for webhook in subscribed:
            created_at = iso_ms(self.clock.now())
            if webhook.payload_template:
                variables = {"triggerEvent": trigger, "createdAt": created_at, **payload}
                body = apply_template(webhook.payload_template, variables).encode()
            else:
                body = dump({"triggerEvent": trigger, "createdAt": created_at, "payload": payload})
            headers = {"Content-Type": "application/json", SIGNATURE_HEADER: sign(body, webhook.secret)}
            status, error = await self._send(webhook.subscriber_url, body, headers)
            self.state.deliveries.append(
                Delivery(webhook.id, webhook.subscriber_url, trigger, body, headers, status, error)
            )

    async def _send(self, url: str, body: bytes, headers: dict[str, str]) -> tuple[int | None, str | None]:
        if self.transport is None:
            return None, None
        if self._client is None:
            self._client = httpx.AsyncClient(transport=self.transport, timeout=self.timeout)
        try:
            response = await self._client.post(url, content=body, headers=headers, follow_redirects=False)
        except Exception as exc:  # a dead or crashing subscriber must not fail the booking
            return None, f"{type(exc).__name__}: {exc}"
        return response.status_code, None

    def reset_client(self) -> None:
        # Dropped, not closed: the previous transport belongs to whoever passed it in.
        self._client = None

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None
