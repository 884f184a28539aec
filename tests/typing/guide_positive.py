"""User-style code over the guide's operations: what a user's type checker must see.

Checked by mypy --strict and pyright (tests/typing/test_typing.py); never imported by pytest.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any, assert_type

from cal_async import (
    AnyBooking,
    AnyBookingOrSeries,
    BookingChange,
    BookingChanges,
    CalClient,
    ChangeCheckpoint,
    Page,
    RescheduledBooking,
)
from cal_async.resources import Attendee, BookingResult, BusyTime, Slot
from cal_async.types import (
    BookingOutput,
    BookingOutputStatus,
    ConnectedCalendarsData,
    CreateBookingAttendee,
    CreateBookingInputDict,
    CreateRecurringSeatedBookingOutput,
    CreateSeatedBookingOutput,
    DefaultConferencingAppsOutputDto,
    EventTypeOutput,
    GetRecurringSeatedBookingOutput,
    GetSeatedBookingOutput,
    MeOutput,
    RecurringBookingOutput,
    ReservedSlotOutput,
    ScheduleAvailabilityInput,
    ScheduleOutput,
    TeamEventTypeOutput,
    TeamOutputDto,
    Unset,
    UserWebhookOutputDto,
)
from cal_async.webhooks import (
    BookingEvent,
    BookingStatus,
    FormAnswer,
    MeetingEvent,
    NoShowEvent,
    Organizer,
    OutOfOfficeEvent,
    OutOfOfficeUser,
    TranscriptionLink,
    WebhookAttendee,
    WebhookEvent,
    WebhookTrigger,
    parse_event,
)


async def guide(cal: CalClient) -> None:
    me = await cal.me.get()
    assert_type(me, MeOutput)
    assert_type(me.id, int)
    assert_type(me.username, str)

    event_types = await cal.event_types.list()  # every list call: awaited, a Page
    assert_type(event_types, Page[EventTypeOutput])
    assert_type(event_types[0], EventTypeOutput)
    async for event_type_item in cal.event_types.list():  # iterated, every item
        assert_type(event_type_item, EventTypeOutput)
    # An unknown event type is a 404, never data: null (event-types.controller.ts, server facts).
    event_type = await cal.event_types.get(42)
    assert_type(event_type, EventTypeOutput)
    assert_type(event_type.length_in_minutes, int)

    schedules = await cal.schedules.list()
    assert_type(schedules, Page[ScheduleOutput])
    for schedule in schedules:
        assert_type(schedule.availability, list[ScheduleAvailabilityInput])
        assert_type(schedule.availability[0].start_time, str)  # "09:00": a time of day

    ref = await cal.event_types.by_slug("intro", username=me.username)
    slots = await cal.slots.available(ref, date(2030, 1, 7), date(2030, 1, 11), time_zone="Europe/Paris")
    assert_type(slots, list[Slot])
    assert_type(slots[0].start, datetime)

    page = await cal.bookings.list(take=50)
    assert_type(page, Page[AnyBooking])
    async for listed in cal.bookings.list(status=["upcoming"], after_start=datetime.now(UTC)):
        assert_type(listed, AnyBooking)  # the exported name of:
        assert_type(
            listed,
            BookingOutput | RecurringBookingOutput | GetSeatedBookingOutput | GetRecurringSeatedBookingOutput,
        )
        if isinstance(listed, BookingOutput):
            assert_type(listed.start, datetime)
            assert_type(listed.updated_at, datetime | None)
            assert_type(listed.status, BookingOutputStatus)
            # Sent for cancelled bookings only, from a nullable column (server facts).
            assert_type(listed.cancellation_reason, str | None | Unset)
            if isinstance(listed.cancellation_reason, str):
                print(listed.cancellation_reason)

    changes = cal.bookings.changes(datetime(2025, 1, 1, tzinfo=UTC), page_size=50)
    async for change in changes:
        assert_type(change, BookingChange)
        assert_type(change.booking, AnyBooking)
        assert_type(change.updated_at, datetime | None)
        assert_type(change.key, str)
    assert_type(changes.checkpoint, ChangeCheckpoint)
    assert_type(cal.bookings.changes(changes.checkpoint, overlap=timedelta(minutes=1)), BookingChanges)

    got = await cal.bookings.get("uid")
    assert_type(got, AnyBooking | list[RecurringBookingOutput] | list[GetRecurringSeatedBookingOutput])
    assert_type(got, AnyBookingOrSeries)  # the exported name of that union

    body: CreateBookingInputDict = {
        "start": datetime(2030, 1, 7, 9, tzinfo=UTC),
        "eventTypeId": 42,
        "attendee": {"name": "Ada", "timeZone": "Europe/London", "email": "ada@example.com"},
    }
    created = await cal.bookings.create(body=body)
    assert_type(
        created,
        BookingOutput
        | list[RecurringBookingOutput]
        | CreateSeatedBookingOutput
        | list[CreateRecurringSeatedBookingOutput],
    )

    booked = await cal.bookings.book(ref, slots[0], Attendee("Ada", "Europe/London", email="ada@example.com"))
    assert_type(booked, BookingResult)
    ada = Attendee("Ada", "Europe/London", email="ada@example.com")  # one attendee type: the API's
    attendee: CreateBookingAttendee = ada
    assert_type(attendee.email, str | Unset)
    second = await cal.bookings.book(ref, slots[1], {"name": "Bo", "timeZone": "UTC", "phoneNumber": "+44"})
    assert_type(second.host_emails, tuple[str, ...])
    assert_type(booked.start, datetime)
    moved = await cal.bookings.reschedule(booked.uid, slots[1], reason="later")
    assert_type(moved, RescheduledBooking)
    assert_type(moved.uid, str)
    cancelled = await cal.bookings.cancel(moved.uid, reason="plans changed")
    assert_type(cancelled, AnyBooking | list[RecurringBookingOutput] | list[GetRecurringSeatedBookingOutput])

    webhooks = await cal.webhooks.list()
    assert_type(webhooks, Page[UserWebhookOutputDto])
    hook = await cal.webhooks.create(subscriber_url="https://example.com/hook", triggers=["BOOKING_CREATED"])
    assert_type(hook.id, str)
    # Server facts (openapi/server_facts.json): a webhook without a template has null, results
    # the server may leave empty are ``T | None``, one it answers with a 404 instead is ``T``.
    assert_type(hook.payload_template, str | None)
    assert_type(await cal.schedules.get_default(), ScheduleOutput | None)
    assert_type(await cal.schedules.get(1), ScheduleOutput)
    assert_type(await cal.conferencing.get_default(), DefaultConferencingAppsOutputDto | None)
    assert_type(await cal.slots.get_reserved("uid"), ReservedSlotOutput | None)

    teams = await cal.teams.list()
    assert_type(teams, Page[TeamOutputDto])
    team_helpers = cal.teams.event_types.create_with_hosts(
        1, scheduling="ROUND_ROBIN", title="t", slug="t", length_in_minutes=30, hosts=[1]
    )
    assert_type(await team_helpers, TeamEventTypeOutput)

    connected = await cal.calendars.get()
    assert_type(connected, ConnectedCalendarsData)
    busy = await cal.calendars.busy_times(date(2030, 1, 7), date(2030, 1, 8), time_zone="UTC")
    assert_type(busy, list[BusyTime])
    assert_type(busy[0].start, datetime)


def webhooks(body: bytes) -> None:
    # Webhook events are webhook models: the same attribute types as ever, built from values too.
    event = parse_event(body)
    assert_type(event, WebhookEvent)
    assert_type(event.trigger, WebhookTrigger | None)
    assert_type(event.created_at, datetime | None)
    assert_type(event.payload, dict[str, Any])
    if isinstance(event, BookingEvent):
        assert_type(event.uid, str | None)
        assert_type(event.booking_id, int | None)
        assert_type(event.start_time, datetime | None)
        assert_type(event.status, BookingStatus | None)
        assert_type(event.organizer, Organizer | None)
        assert_type(event.attendees, tuple[WebhookAttendee, ...])
        assert_type(event.attendees[0].utc_offset, timedelta | None)
    if isinstance(event, MeetingEvent):
        assert_type(event.booking_created_at, datetime | None)
    if isinstance(event, NoShowEvent):
        assert_type(event.attendees[0].no_show, bool | None)
    if isinstance(event, OutOfOfficeEvent):
        assert_type(event.to_user, OutOfOfficeUser | None)
    assert_type(TranscriptionLink(link="https://x.example/t.vtt").format, str | None)
    assert_type(FormAnswer(value="a").options[0].label, str)
    ada = Organizer(email="ada@example.com", utc_offset=timedelta(hours=1))
    assert_type(ada.email, str | None)
    assert_type(
        BookingEvent(trigger=WebhookTrigger.BOOKING_CREATED, uid="bk_1", organizer=ada).uid, str | None
    )
