"""FastAPI integration: verify, parse and hand Cal.com webhooks to your handler.

Needs the optional dependency: ``pip install "cal-async[fastapi]"``. Two entry points:

- ``CalWebhook(secret)``: a dependency yielding the verified, typed event, for your own route;
- ``webhook_router(secret=..., handler=...)``: a ready ``APIRouter`` with one POST route.

With ``once=claims`` (a ``MemoryClaims`` or ``RedisClaims`` from ``cal_async.sync``) the router
hands each delivery to the handler once across every worker sharing the claims: the delivery's
identity (``delivery_key``: trigger, subject, payload) is claimed before the handler runs, marked
done when it returns, released when it raises, so a retried or replayed delivery is answered 204
without running the handler again, and one arriving while another worker handles it gets 409.

Both answer 401 on a missing or wrong signature, 413 on a body over ``max_body_size`` bytes
(1 MiB by default; read in chunks and refused as soon as it is over, or at once when its
``Content-Length`` says so) and 400 on a body that is neither a JSON object nor a rendered
non-JSON payload template (which Cal.com sends form-urlencoded), before your code runs. Secrets
live on the objects you create, so each app (or each route) can have its own, and they never
appear in reprs or responses. A missing secret (``None`` or ``""``, e.g. an unset environment
variable) is refused when the object is made, unless you say ``allow_unsigned=True`` for a
webhook created without a secret.
"""

# No ``from __future__ import annotations``: FastAPI reads these signatures at runtime, and the
# router's route refers to a local dependency object that string annotations could not resolve.

from collections.abc import Awaitable, Callable
from contextlib import aclosing
from typing import Final

import attrs

try:
    from fastapi import APIRouter, Depends, HTTPException, Request, Response, status
except ImportError as exc:  # pragma: no branch - which branch runs depends on the environment
    raise ImportError(
        "cal_async.webhooks.fastapi needs FastAPI, an optional dependency: pip install 'cal-async[fastapi]'"
    ) from exc

import anyio

from .._errors import WebhookPayloadError, WebhookSignatureError
from .._number_checks import check_number
from ..sync._claims import ClaimStore
from ._dedup import delivery_key
from ._events import WebhookEvent
from ._parse import parse_event
from ._signature import SIGNATURE_HEADER, check_secret, verify_signature

#: The largest delivery read by default, in bytes: Cal.com's are a few kilobytes.
DEFAULT_MAX_BODY_SIZE: Final = 1024 * 1024
_TOO_LARGE: Final = 413  # Content Too Large

#: An async function receiving each verified event. Return ``None`` for an empty 204 answer, or a
#: ``Response`` to answer with that instead.
WebhookHandler = Callable[[WebhookEvent], Awaitable[Response | None]]


def _positive(instance: object, attribute: "attrs.Attribute[int]", value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"{attribute.name} must be a positive number of bytes, got {value!r}")


@attrs.frozen
class CalWebhook:
    """A FastAPI dependency that returns the delivery as a verified, typed ``WebhookEvent``.

    ``secret`` is the webhook's secret. For a webhook created without one, pass ``secret=None,
    allow_unsigned=True``: then only ``no-secret-provided`` deliveries are accepted. Bodies over
    ``max_body_size`` bytes get 413 without being read whole::

        cal_webhook = CalWebhook(secret=settings.cal_webhook_secret)

        @app.post("/webhooks/cal", status_code=204)
        async def receive(event: Annotated[WebhookEvent, Depends(cal_webhook)]) -> None: ...
    """

    secret: str | None = attrs.field(repr=False)
    allow_unsigned: bool = attrs.field(default=False, kw_only=True)
    max_body_size: int = attrs.field(default=DEFAULT_MAX_BODY_SIZE, kw_only=True, validator=_positive)

    def __attrs_post_init__(self) -> None:
        check_secret(self.secret, self.allow_unsigned)

    async def __call__(self, request: Request) -> WebhookEvent:
        signature = request.headers.get(SIGNATURE_HEADER)
        if signature is None:  # refused before reading a byte of the body
            raise _unauthorized()
        # The signature covers the exact bytes as sent, so read the raw body, never parsed JSON.
        body = await _read_body(request, self.max_body_size)
        try:
            verify_signature(body, signature, self.secret, allow_unsigned=self.allow_unsigned)
        except WebhookSignatureError as exc:
            raise _unauthorized() from exc
        try:
            return parse_event(body, request.headers.get("content-type"))
        except WebhookPayloadError as exc:
            raise HTTPException(status_code=status.HTTP_400_BAD_REQUEST, detail=str(exc)) from exc


def _unauthorized() -> HTTPException:
    # A fixed answer: the precise reason (WebhookSignatureError.reason) is for your logs, not for
    # a caller probing which secrets or headers get further.
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED, detail=f"invalid or missing {SIGNATURE_HEADER} signature"
    )


async def _read_body(request: Request, limit: int) -> bytes:
    """The whole body, read chunk by chunk and refused (413) as soon as it is over ``limit``."""
    declared = request.headers.get("content-length", "")
    if declared.isascii() and declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    chunks: list[bytes] = []
    size = 0
    async with aclosing(request.stream()) as stream:
        async for chunk in stream:
            size += len(chunk)
            if size > limit:
                raise _too_large(limit)
            chunks.append(chunk)
    body = b"".join(chunks)
    request._body = body  # as request.body() keeps it, so that the route can still read it
    return body


def _too_large(limit: int) -> HTTPException:
    return HTTPException(status_code=_TOO_LARGE, detail=f"the webhook body is larger than {limit} bytes")


def webhook_router(
    *,
    secret: str | None,
    handler: WebhookHandler,
    path: str = "/webhooks/cal",
    include_in_schema: bool = False,
    allow_unsigned: bool = False,
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
    once: ClaimStore | None = None,
    once_ttl: float = 86400.0,
    claim_ttl: float = 60.0,
    once_prefix: str = "cal_async:webhook",
) -> APIRouter:
    """An ``APIRouter`` with ``POST path`` that verifies, parses and awaits ``handler(event)``.

    Answers 204 (or the handler's own ``Response``), 401 on a bad or missing signature, 413 on a
    body over ``max_body_size`` bytes and 400 on a body that is neither a JSON object nor template
    text. ``secret=None`` (or ``""``) raises ``ValueError`` unless ``allow_unsigned=True`` says the
    webhook was created without a secret. An exception from the handler propagates (a 500);
    Cal.com usually does not retry, so handle or queue the event rather than failing the request.

    ``once``: a claim store (``cal_async.sync.MemoryClaims`` in one process, ``RedisClaims``
    across workers). Each delivery is then claimed (``<once_prefix>:<delivery_key>``, for
    ``claim_ttl`` seconds) before the handler runs and marked done for ``once_ttl`` seconds when it
    returns; a handler that raises (or answers 400 or more) releases it, so the delivery is not
    counted as handled. A delivery already handled is answered 204 without calling the handler; one
    another worker is handling right now, 409.
    """
    dependency = CalWebhook(secret, allow_unsigned=allow_unsigned, max_body_size=max_body_size)
    for what, seconds in (("once_ttl", once_ttl), ("claim_ttl", claim_ttl)):
        check_number(what, seconds, positive=True)

    async def answer_once(event: WebhookEvent, claims: ClaimStore) -> Response:
        claim = await claims.claim(f"{once_prefix}:{delivery_key(event)}", ttl=claim_ttl)
        if claim.status == "done":
            return Response(status_code=status.HTTP_204_NO_CONTENT)
        if claim.status == "busy":
            raise HTTPException(
                status.HTTP_409_CONFLICT, detail="this delivery is being handled by another worker"
            )
        try:
            answer = await handler(event)
        except BaseException:
            with anyio.CancelScope(shield=True):
                await claims.release(claim)
            raise
        if isinstance(answer, Response) and answer.status_code >= 400:
            await claims.release(claim)
            return answer
        await claims.complete(claim, ttl=once_ttl)
        return answer if isinstance(answer, Response) else Response(status_code=status.HTTP_204_NO_CONTENT)

    async def receive_cal_webhook(event: WebhookEvent = Depends(dependency)) -> Response:  # noqa: B008
        if once is not None:
            return await answer_once(event, once)
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


__all__ = ["DEFAULT_MAX_BODY_SIZE", "CalWebhook", "WebhookHandler", "webhook_router"]
