"""``/v2/webhooks`` CRUD, and deliveries shaped and signed exactly as Cal.com sends them."""

from __future__ import annotations

import functools
import random
import re
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any, Final

import anyio
import attrs
import httpx

from cal_async._http_backend import backend_named, backend_of
from cal_async.webhooks import SIGNATURE_HEADER, WebhookTrigger, sign

from .clock import Clock, iso_ms
from .errors import HttpError, not_found
from .pagination import take_skip
from .records import StoredBooking, StoredDelivery, StoredWebhook
from .routing import Ctx, Response, dump, ok
from .state import State
from .validation import Errors, checked_fields
from .webhook_templates import JSON_CONTENT_TYPE, template_body

# One definition of the triggers and of the signature, shared with the SDK's own verification:
# the fake signs exactly as cal_async.webhooks verifies.
TRIGGERS: tuple[str, ...] = tuple(t.value for t in WebhookTrigger)


def serialize(w: StoredWebhook) -> dict[str, Any]:
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
        # @IsArray() @IsEnum(WebhookTriggerEvents, {each: true}) (webhook.input.ts): [] is valid.
        if not isinstance(triggers, list) or not all(t in TRIGGERS for t in triggers):
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


def _owned(ctx: Ctx) -> StoredWebhook:
    # IsUserWebhookGuard (apps/api/v2/src/modules/webhooks/guards/is-user-webhook-guard.ts): an
    # unknown id is the service's 404, another user's webhook a 403.
    user = ctx.require_user()
    webhook_id = ctx.params["webhookId"]
    found = ctx.state.webhooks.get(webhook_id)
    if found is None:
        raise not_found(f"Webhook ({webhook_id}) not found")
    if found.user_id != user.id:
        message = f"user with id=({user.id}) is not the owner of webhook with id=({webhook_id})"
        raise HttpError(403, f"IsUserWebhookGuard - {message}")
    return found


async def create_webhook(ctx: Ctx) -> Response:
    user = ctx.require_user()
    changes = checked_fields(_fields, ctx.request.json(), creating=True)
    _check_url_free(ctx.state, user.id, changes["subscriber_url"])
    webhook = StoredWebhook(id=str(uuid.uuid4()), user_id=user.id, **changes)
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
    changes = checked_fields(_fields, ctx.request.json(), creating=False)
    if "subscriber_url" in changes:
        _check_url_free(ctx.state, current.user_id, changes["subscriber_url"], except_id=current.id)
    updated = attrs.evolve(current, **changes)
    ctx.state.webhooks[current.id] = updated
    return ok(serialize(updated))


async def delete_webhook(ctx: Ctx) -> Response:
    current = _owned(ctx)
    del ctx.state.webhooks[current.id]
    return ok(serialize(current))


# Each trigger's payload is built by its own server code path, which formats times its own way.
def _plus_zero(moment: datetime) -> str:
    """``2025-01-01T09:00:00+00:00``: dayjs(...).format() on a UTC server."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


_TIME_FORMATS: Final = {
    "BOOKING_CANCELLED": _plus_zero,  # handleCancelBooking.ts: dayjs(startTime).format()
    "BOOKING_REJECTED": iso_ms,  # confirm.handler.ts: startTime.toISOString()
    "BOOKING_PAID": iso_ms,  # handlePaymentSuccess.ts: startTime.toISOString()
}


def _server_times(trigger: str, payload: dict[str, Any]) -> dict[str, Any]:
    formatter = _TIME_FORMATS.get(trigger)
    if formatter is None:
        return payload
    shaped = dict(payload)
    for key in ("startTime", "endTime"):
        if isinstance(shaped.get(key), str):
            shaped[key] = formatter(datetime.fromisoformat(shaped[key]))
    return shaped


_MEETING_TRIGGERS: Final = ("MEETING_STARTED", "MEETING_ENDED")


def _booking_row(state: State, booking: StoredBooking) -> dict[str, Any]:
    """The Prisma booking row (with user and attendees) that scheduleTrigger.ts stores for MEETING_*."""
    host = state.users[booking.owner_id]
    metadata = dict(booking.metadata)
    if booking.location and booking.location.startswith("http"):
        metadata.setdefault("videoCallUrl", booking.location)
    return {
        "id": booking.id,
        "uid": booking.uid,
        "userId": host.id,
        "userPrimaryEmail": host.email,
        "eventTypeId": booking.event_type_id,
        "title": booking.title,
        "description": booking.description,
        "customInputs": {},
        "responses": booking.responses,
        "startTime": iso_ms(booking.start),
        "endTime": iso_ms(booking.end),
        "location": booking.location,
        "createdAt": iso_ms(booking.created_at),
        "updatedAt": iso_ms(booking.updated_at) if booking.updated_at else None,
        "status": booking.status.upper(),
        "paid": False,
        "destinationCalendarId": None,
        "cancellationReason": booking.cancellation_reason,
        "rejectionReason": None,
        "fromReschedule": booking.rescheduled_from_uid,
        "recurringEventId": None,
        "smsReminderNumber": None,
        "scheduledJobs": [],
        "metadata": metadata,
        "isRecorded": False,
        "iCalUID": f"{booking.uid}@Cal.com",
        "iCalSequence": 0,
        "noShowHost": False,
        "cancelledBy": booking.cancelled_by_email,
        "rescheduledBy": booking.rescheduled_by_email,
        "user": {
            "email": host.email,
            "name": host.name,
            "timeZone": host.time_zone,
            "username": host.username,
        },
        "attendees": [
            {
                "id": booking.id * 100 + index,
                "email": a.email,
                "name": a.name,
                "timeZone": a.time_zone,
                "phoneNumber": a.phone_number,
                "locale": a.language,
                "bookingId": booking.id,
                "noShow": False,
            }
            for index, a in enumerate(booking.attendees)
        ],
        "payment": [],
        "references": [],
    }


@attrs.frozen
class ScheduledTrigger:
    """A MEETING_* delivery waiting for its time, as a webhookScheduledTriggers row stores it."""

    webhook_id: str
    booking_uid: str
    trigger: str
    start_after: datetime
    body: bytes  # fixed when scheduled: JSON.stringify({ triggerEvent, ...booking })


@attrs.define
class DeliveryFaults:
    """Deliveries lost or repeated on the way (``FakeCal.inject_delivery_faults``): each one is
    dropped with probability ``drop``, else sent twice at once with probability ``duplicate``.
    ``dropped`` and ``duplicated`` count what was decided."""

    drop: float = 0.0
    duplicate: float = 0.0
    seed: int | None = None
    dropped: int = attrs.field(default=0, init=False)
    duplicated: int = attrs.field(default=0, init=False)
    _random: random.Random = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        for name, value in (("drop", self.drop), ("duplicate", self.duplicate)):
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
                raise ValueError(f"{name} must be a probability from 0 to 1, got {value!r}")
        self._random = random.Random(self.seed)

    def decide(self) -> str | None:
        """``"dropped"``, ``"duplicate"`` or None for the next delivery."""
        roll = self._random.random()
        if roll < self.drop:
            self.dropped += 1
            return "dropped"
        if roll < self.drop + (1 - self.drop) * self.duplicate:
            self.duplicated += 1
            return "duplicate"
        return None


@attrs.define
class Dispatcher:
    """Sends one POST per active webhook subscribed to the trigger, and records every delivery.

    With no transport the deliveries are only recorded (nothing leaves the process); the CLI server
    passes a real network transport. Redirects are not followed and nothing is retried, as on Cal.com.

    MEETING_STARTED/MEETING_ENDED are scheduled when a booking is accepted (created, confirmed or
    rescheduled to), dropped when it is cancelled or moved, and sent by ``run_scheduled`` once due,
    as flat ``{triggerEvent, ...booking}`` bodies (scheduleTrigger.ts,
    handleWebhookScheduledTriggers.ts).
    """

    state: State
    clock: Clock
    transport: httpx.AsyncBaseTransport | None = None
    timeout: float = 10.0
    # One client for the fake's lifetime: closing a per-delivery client would close the transport.
    _client: httpx.AsyncClient | None = None
    scheduled: list[ScheduledTrigger] = attrs.field(factory=list)
    faults: DeliveryFaults | None = None

    async def emit(self, trigger: str, user_id: int, payload: dict[str, Any]) -> None:
        subscribed = [
            w
            for w in self.state.webhooks.values()
            if w.user_id == user_id and w.active and trigger in w.triggers
        ]
        shaped = _server_times(trigger, payload)
        for webhook in subscribed:
            created_at = iso_ms(self.clock.now())
            if webhook.payload_template:
                # sendPayload.ts: the template sees { ...payload, triggerEvent, createdAt }.
                variables = {**shaped, "triggerEvent": trigger, "createdAt": created_at}
                body, content_type = template_body(webhook.payload_template, variables)
            else:
                body = dump({"triggerEvent": trigger, "createdAt": created_at, "payload": shaped})
                content_type = JSON_CONTENT_TYPE
            await self._deliver(webhook, trigger, body, content_type)
        self._reschedule_meetings(trigger, user_id, payload)

    def _reschedule_meetings(self, trigger: str, user_id: int, payload: dict[str, Any]) -> None:
        uid = payload.get("uid")
        if trigger in ("BOOKING_CANCELLED", "BOOKING_RESCHEDULED", "BOOKING_REJECTED"):
            # deleteWebhookScheduledTriggers({ booking }) for the cancelled or replaced booking.
            gone = {uid, payload.get("rescheduleUid")} if trigger == "BOOKING_RESCHEDULED" else {uid}
            self.scheduled = [job for job in self.scheduled if job.booking_uid not in gone]
        if trigger not in ("BOOKING_CREATED", "BOOKING_RESCHEDULED") or not isinstance(uid, str):
            return
        booking = self.state.bookings.get(uid)
        if booking is None or booking.status != "accepted":
            return
        for webhook in self.state.webhooks.values():
            if webhook.user_id != user_id or not webhook.active:
                continue
            for meeting in _MEETING_TRIGGERS:
                if meeting in webhook.triggers:
                    start_after = booking.end if meeting == "MEETING_ENDED" else booking.start
                    body = dump({"triggerEvent": meeting, **_booking_row(self.state, booking)})
                    self.scheduled.append(ScheduledTrigger(webhook.id, uid, meeting, start_after, body))

    async def run_scheduled(self) -> list[StoredDelivery]:
        """Send the scheduled triggers that are due, as the server's cron does; returns what it sent.

        Like handleWebhookScheduledTriggers.ts: jobs more than a day late are dropped unsent, the
        stored body goes out as is (no payload template), signed with the webhook's secret.
        """
        now = self.clock.now()
        self.scheduled = [
            job
            for job in self.scheduled
            if job.start_after > now - timedelta(days=1) and job.webhook_id in self.state.webhooks
        ]
        due = [job for job in self.scheduled if job.start_after <= now]
        self.scheduled = [job for job in self.scheduled if job.start_after > now]
        sent: list[StoredDelivery] = []
        for job in due:
            webhook = self.state.webhooks[job.webhook_id]
            sent.append(await self._deliver(webhook, job.trigger, job.body, JSON_CONTENT_TYPE))
        return sent

    async def _deliver(
        self, webhook: StoredWebhook, trigger: str, body: bytes, content_type: str
    ) -> StoredDelivery:
        headers = {"Content-Type": content_type, SIGNATURE_HEADER: sign(body, webhook.secret)}
        fault = self.faults.decide() if self.faults is not None else None
        record = functools.partial(StoredDelivery, webhook.id, webhook.subscriber_url, trigger, body, headers)
        if fault == "dropped":
            delivery = record(error="dropped by an injected fault", fault=fault)
            self.state.deliveries.append(delivery)
            return delivery
        if fault != "duplicate":
            delivery = record(*await self._send(webhook.subscriber_url, body, headers))
            self.state.deliveries.append(delivery)
            return delivery
        results: list[tuple[int | None, str | None]] = [(None, None), (None, None)]

        async def send(index: int) -> None:
            results[index] = await self._send(webhook.subscriber_url, body, headers)

        # The copy races the original, as a replay or a proxy's retry would.
        async with anyio.create_task_group() as group:
            group.start_soon(send, 0)
            group.start_soon(send, 1)
        original, copy = record(*results[0]), record(*results[1], fault=fault)
        self.state.deliveries += [original, copy]
        return original

    async def _send(self, url: str, body: bytes, headers: dict[str, str]) -> tuple[int | None, str | None]:
        if self.transport is None:
            return None, None
        if self._client is None:
            self._client = _client_for(self.transport, self.timeout)
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


def _client_for(transport: httpx.AsyncBaseTransport, timeout: float) -> httpx.AsyncClient:
    """A client of the transport's library (httpx or httpx2: one cannot carry the other's)."""
    try:
        backend = backend_of(transport)
    except TypeError:  # a duck-typed transport: httpx never required a base class
        backend = backend_named("httpx")
    client: httpx.AsyncClient = backend.async_client(transport=transport, timeout=timeout)
    return client
