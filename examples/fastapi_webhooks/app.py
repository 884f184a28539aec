"""A small FastAPI app receiving Cal.com webhooks with cal-async.

Run it::

    pip install "cal-async[fastapi]" uvicorn
    export CAL_WEBHOOK_SECRET=...   # the secret you gave the webhook in Cal.com
    uvicorn --factory examples.fastapi_webhooks.app:app_from_environment --port 8000

(``CAL_WEBHOOK_UNSIGNED=1`` instead, for a webhook created without a secret: it must be said, an
unset secret alone is refused.)

then point a Cal.com webhook at ``https://<your host>/webhooks/cal``. The core of it::

    from cal_async.webhooks import BookingEvent, WebhookEvent
    from cal_async.webhooks.fastapi import webhook_router

    async def handle(event: WebhookEvent) -> None:
        if isinstance(event, BookingEvent):
            print(event.trigger, event.uid, event.start_time)

    app = FastAPI()
    app.include_router(webhook_router(secret=os.environ["CAL_WEBHOOK_SECRET"], handler=handle))

Deliveries with a missing or wrong ``X-Cal-Signature-256`` get 401, bodies over 1 MiB 413, bodies
that are not a JSON object 400, and everything else reaches ``handle`` as a typed event and gets
204.
"""

from __future__ import annotations

import os

from fastapi import FastAPI

from cal_async.webhooks import (
    BookingEvent,
    FormSubmittedEvent,
    MeetingEvent,
    NoShowEvent,
    OutOfOfficeEvent,
    RecordingEvent,
    WebhookEvent,
)
from cal_async.webhooks.fastapi import webhook_router


def describe(event: WebhookEvent) -> str:
    """One log line per event, showing the typed fields each family offers."""
    match event:
        case BookingEvent():
            return f"{event.trigger}: booking {event.uid} at {event.start_time} is {event.status}"
        case NoShowEvent():
            return f"{event.trigger}: booking {event.booking_uid}: {event.message}"
        case MeetingEvent():
            return f"{event.trigger}: meeting for booking {event.uid}"
        case RecordingEvent():
            return f"{event.trigger}: recording for booking {event.uid}: {event.download_link}"
        case OutOfOfficeEvent():
            return f"{event.trigger}: {event.user and event.user.email} away {event.start} to {event.end}"
        case FormSubmittedEvent():
            return f"{event.trigger}: form {event.form_name!r} answered {sorted(event.responses)}"
        case _:
            # Unknown trigger or a custom payload template: the data is still in event.payload.
            return f"{event.trigger or 'custom payload'}: {sorted(event.payload)}"


def create_app(secret: str | None, *, allow_unsigned: bool = False) -> FastAPI:
    """Build the app. The secret is passed in, so tests and multiple apps need no globals;
    ``secret=None`` needs ``allow_unsigned=True`` (a webhook created without a secret)."""
    app = FastAPI(title="Cal.com webhook receiver")
    # A demo inbox; a real app would enqueue the event (Cal.com usually does not retry).
    received: list[WebhookEvent] = []
    app.state.received = received

    async def handle(event: WebhookEvent) -> None:
        received.append(event)
        print(describe(event))

    app.include_router(webhook_router(secret=secret, handler=handle, allow_unsigned=allow_unsigned))
    return app


def app_from_environment() -> FastAPI:
    """The app for ``$CAL_WEBHOOK_SECRET``; with it unset, a ``ValueError`` unless
    ``CAL_WEBHOOK_UNSIGNED=1`` says the webhook has no secret."""
    unsigned = os.environ.get("CAL_WEBHOOK_UNSIGNED") == "1"
    return create_app(os.environ.get("CAL_WEBHOOK_SECRET"), allow_unsigned=unsigned)


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(app_from_environment(), port=int(os.environ.get("PORT", "8000")))
