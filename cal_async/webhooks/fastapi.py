"""FastAPI integration: verify, parse and hand Cal.com webhooks to your handler.

Needs the optional dependency: ``pip install "cal-async[fastapi]"``. Two entry points:

- ``CalWebhook(secret)``: a dependency yielding the verified, typed event, for your own route;
- ``webhook_router(secret=..., handler=...)``: a ready ``APIRouter`` with one POST route.

Both answer 401 on a missing or wrong signature and 400 on a body that is neither a JSON object
nor a rendered non-JSON payload template (which Cal.com sends form-urlencoded), before your code
runs. Secrets live on the objects you create, so each app (or each route) can
have its own, and they never appear in reprs or responses.
"""

# No ``from __future__ import annotations``: FastAPI reads these signatures at runtime, and the
# router's route refers to a local dependency object that string annotations could not resolve.

from collections.abc import Awaitable, Callable

import attrs

try:
    from fastapi import APIRouter, Depends, HTTPException, Request, Response, status
except ImportError as exc:  # pragma: no branch - which branch runs depends on the environment
    raise ImportError(
        "cal_async.webhooks.fastapi needs FastAPI, an optional dependency: pip install 'cal-async[fastapi]'"
    ) from exc

from .._errors import WebhookPayloadError, WebhookSignatureError
from ._events import WebhookEvent
from ._parse import parse_event
from ._signature import SIGNATURE_HEADER, verify_signature

#: An async function receiving each verified event. Return ``None`` for an empty 204 answer, or a
#: ``Response`` to answer with that instead.
WebhookHandler = Callable[[WebhookEvent], Awaitable[Response | None]]


@attrs.frozen
class CalWebhook:
    """A FastAPI dependency that returns the delivery as a verified, typed ``WebhookEvent``.

    ``secret`` is the webhook's secret, or ``None`` for a webhook created without one (then only
    ``no-secret-provided`` deliveries are accepted)::

        cal_webhook = CalWebhook(secret=settings.cal_webhook_secret)

        @app.post("/webhooks/cal", status_code=204)
        async def receive(event: Annotated[WebhookEvent, Depends(cal_webhook)]) -> None: ...
    """

    secret: str | None = attrs.field(repr=False)

    async def __call__(self, request: Request) -> WebhookEvent:
        # The signature covers the exact bytes as sent, so read the raw body, never parsed JSON.
        body = await request.body()
        try:
            verify_signature(body, request.headers.get(SIGNATURE_HEADER), self.secret)
        except WebhookSignatureError as exc:
            # A fixed answer: the precise reason (exc.reason) is for your logs, not for a caller
            # probing which secrets or headers get further.
            raise HTTPException(
                status_code=status.HTTP_401_UNAUTHORIZED,
                detail=f"invalid or missing {SIGNATURE_HEADER} signature",
            ) from exc
        try:
            return parse_event(body, request.headers.get("content-type"))
        except WebhookPayloadError as exc:
            raise HTTPException(status_code=status.HTTP_400_BAD_REQUEST, detail=str(exc)) from exc


def webhook_router(
    *,
    secret: str | None,
    handler: WebhookHandler,
    path: str = "/webhooks/cal",
    include_in_schema: bool = False,
) -> APIRouter:
    """An ``APIRouter`` with ``POST path`` that verifies, parses and awaits ``handler(event)``.

    Answers 204 (or the handler's own ``Response``), 401 on a bad or missing signature and 400 on a
    body that is neither a JSON object nor template text. An exception from the handler propagates
    (a 500); Cal.com usually does not retry, so handle or queue the event rather than failing the
    request.
    """
    dependency = CalWebhook(secret)

    async def receive_cal_webhook(event: WebhookEvent = Depends(dependency)) -> Response:  # noqa: B008
        answer = await handler(event)
        return answer if isinstance(answer, Response) else Response(status_code=status.HTTP_204_NO_CONTENT)

    router = APIRouter()
    router.add_api_route(
        path,
        receive_cal_webhook,
        methods=["POST"],
        status_code=status.HTTP_204_NO_CONTENT,
        response_class=Response,
        include_in_schema=include_in_schema,
    )
    return router


__all__ = ["CalWebhook", "WebhookHandler", "webhook_router"]
