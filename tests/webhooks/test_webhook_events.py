"""Parsing deliveries of each payload family into typed events.

Bodies follow the server's shapes (API-FACTS, Webhooks): ``{"triggerEvent", "createdAt" (ISO with
ms, Z), "payload"}``; booking payloads use startTime/endTime without milliseconds, UPPERCASE status,
attendees with ``utcOffset`` minutes and ``language: {"locale"}``.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from cal_async.webhooks import (
    WEBHOOK_TRIGGERS,
    BookingEvent,
    BookingStatus,
    FormAnswer,
    FormOption,
    FormSubmittedEvent,
    MeetingEvent,
    NoShowAttendee,
    NoShowEvent,
    Organizer,
    OutOfOfficeEvent,
    OutOfOfficeUser,
    RecordingEvent,
    TemplateEvent,
    TranscriptionLink,
    UnknownWebhookTriggerWarning,
    WebhookAttendee,
    WebhookEvent,
    WebhookPayloadError,
    WebhookTrigger,
    parse_event,
)

CREATED_AT = "2025-01-01T08:59:58.412Z"


def envelope(trigger: str, payload: dict[str, Any], **root: Any) -> bytes:
    return json.dumps({**root, "triggerEvent": trigger, "createdAt": CREATED_AT, "payload": payload}).encode()


def booking_payload(**overrides: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "type": "30min",
        "title": "30 Min Meeting between Ada Host and Zoë Guest",
        "description": None,
        "additionalNotes": "",
        "customInputs": {},
        "startTime": "2025-01-02T10:00:00Z",
        "endTime": "2025-01-02T10:30:00Z",
        "organizer": {
            "id": 7,
            "name": "Ada Host",
            "email": "ada@example.com",
            "username": "ada",
            "timeZone": "Europe/Paris",
            "language": {"locale": "en"},
            "timeFormat": "h:mma",
            "utcOffset": 60,
        },
        "responses": {
            "name": {"label": "your_name", "value": "Zoë Guest"},
            "email": {"label": "email_address", "value": "zoe@example.org"},
        },
        "attendees": [
            {
                "email": "zoe@example.org",
                "name": "Zoë Guest",
                "firstName": "Zoë",
                "lastName": "Guest",
                "timeZone": "America/New_York",
                "language": {"locale": "fr"},
                "utcOffset": -300,
            }
        ],
        "location": "integrations:daily",
        "uid": "bk_8Tq2mRkL1c",
        "bookingId": 1042,
        "eventTypeId": 31,
        "iCalUID": "bk_8Tq2mRkL1c@Cal.com",
        "metadata": {"videoCallUrl": "https://app.cal.com/video/bk_8Tq2mRkL1c"},
        "status": "ACCEPTED",
        "price": 0,
        "currency": "usd",
        "length": 30,
    }
    payload.update(overrides)
    return payload


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


# --- booking events ---------------------------------------------------------------------------


def test_booking_created_is_fully_typed() -> None:
    event = parse_event(envelope("BOOKING_CREATED", booking_payload()))

    assert isinstance(event, BookingEvent)
    assert event.trigger is WebhookTrigger.BOOKING_CREATED
    assert event.created_at == datetime(2025, 1, 1, 8, 59, 58, 412000, tzinfo=UTC)
    assert event.uid == "bk_8Tq2mRkL1c"
    assert event.booking_id == 1042
    assert event.event_type_id == 31
    assert event.start_time == datetime(2025, 1, 2, 10, 0, tzinfo=UTC)
    assert event.end_time == datetime(2025, 1, 2, 10, 30, tzinfo=UTC)
    assert event.start_time.tzinfo is not None
    assert event.status is BookingStatus.ACCEPTED
    assert event.location == "integrations:daily"
    assert event.video_call_url == "https://app.cal.com/video/bk_8Tq2mRkL1c"
    assert event.organizer == Organizer(
        id=7,
        name="Ada Host",
        email="ada@example.com",
        username="ada",
        time_zone="Europe/Paris",
        locale="en",
        utc_offset=timedelta(minutes=60),
    )
    assert event.attendees == (
        WebhookAttendee(
            name="Zoë Guest",
            email="zoe@example.org",
            first_name="Zoë",
            last_name="Guest",
            time_zone="America/New_York",
            locale="fr",
            utc_offset=timedelta(minutes=-300),
        ),
    )
    # Fields not modelled stay reachable.
    assert event.payload["responses"]["email"]["value"] == "zoe@example.org"
    assert event.raw["payload"] is event.payload


@pytest.mark.parametrize(
    "trigger",
    [
        "BOOKING_CREATED",
        "BOOKING_REQUESTED",
        "BOOKING_RESCHEDULED",
        "BOOKING_CANCELLED",
        "BOOKING_REJECTED",
        "BOOKING_PAYMENT_INITIATED",
        "BOOKING_PAID",
    ],
)
def test_every_booking_trigger_gives_a_booking_event(trigger: str) -> None:
    event = parse_event(envelope(trigger, booking_payload()))
    assert type(event) is BookingEvent
    assert event.trigger == trigger
    assert event.uid == "bk_8Tq2mRkL1c"


def test_booking_requested_is_pending() -> None:
    event = parse_event(envelope("BOOKING_REQUESTED", booking_payload(status="PENDING")))
    assert isinstance(event, BookingEvent)
    assert event.status is BookingStatus.PENDING


def test_booking_rescheduled_carries_the_replaced_booking() -> None:
    payload = booking_payload(
        uid="bk_new",
        bookingId=1043,
        startTime="2025-01-03T14:00:00Z",
        endTime="2025-01-03T14:30:00Z",
        rescheduleId=1042,
        rescheduleUid="bk_8Tq2mRkL1c",
        rescheduleStartTime="2025-01-02T10:00:00Z",
        rescheduleEndTime="2025-01-02T10:30:00Z",
        rescheduledBy="zoe@example.org",
    )
    event = parse_event(envelope("BOOKING_RESCHEDULED", payload))
    assert isinstance(event, BookingEvent)
    assert (event.uid, event.booking_id) == ("bk_new", 1043)
    assert event.start_time == at("2025-01-03T14:00:00Z")
    assert (event.reschedule_uid, event.reschedule_id) == ("bk_8Tq2mRkL1c", 1042)
    assert event.reschedule_start_time == at("2025-01-02T10:00:00Z")
    assert event.reschedule_end_time == at("2025-01-02T10:30:00Z")
    assert event.rescheduled_by == "zoe@example.org"


def test_booking_cancelled_carries_reason_and_who() -> None:
    payload = booking_payload(
        status="CANCELLED", cancellationReason="Conflict came up", cancelledBy="ada@example.com"
    )
    event = parse_event(envelope("BOOKING_CANCELLED", payload))
    assert isinstance(event, BookingEvent)
    assert event.status is BookingStatus.CANCELLED
    assert event.cancellation_reason == "Conflict came up"
    assert event.cancelled_by == "ada@example.com"


def test_booking_paid_carries_payment() -> None:
    event = parse_event(envelope("BOOKING_PAID", booking_payload(price=2500, currency="eur", paymentId=88)))
    assert isinstance(event, BookingEvent)
    assert (event.price, event.currency, event.payment_id) == (2500, "eur", 88)


def test_an_unlisted_status_is_kept_not_fatal() -> None:
    event = parse_event(envelope("BOOKING_CREATED", booking_payload(status="ON_HOLD")))
    assert isinstance(event, BookingEvent)
    assert event.status == "ON_HOLD"
    assert event.status is not None and not event.status.is_known
    assert BookingStatus("AWAITING_HOST").is_known


def test_missing_and_ill_typed_booking_fields_become_none() -> None:
    payload = {
        "uid": 12,
        "bookingId": "not-a-number",
        "startTime": "yesterday-ish",
        "organizer": "ada",
        "attendees": [None, "zoe", {"email": "zoe@example.org", "utcOffset": "-300", "language": None}],
    }
    event = parse_event(envelope("BOOKING_CREATED", payload))
    assert isinstance(event, BookingEvent)
    assert event.uid is None
    assert event.booking_id is None
    assert event.start_time is None
    assert event.end_time is None
    assert event.status is None
    assert event.organizer is None
    assert event.attendees == (WebhookAttendee(email="zoe@example.org"),)


def test_hostile_numbers_do_not_crash_parsing() -> None:
    body = (
        b'{"triggerEvent": "BOOKING_CREATED", "payload": {"bookingId": "' + b"9" * 5000 + b'", '
        b'"organizer": {"utcOffset": NaN}, "attendees": [{"utcOffset": 1e308}]}}'
    )
    event = parse_event(body)
    assert isinstance(event, BookingEvent)
    assert event.booking_id is None
    assert event.organizer is not None and event.organizer.utc_offset is None
    assert event.attendees == (WebhookAttendee(),)


def test_extra_fields_are_kept_in_payload_and_raw() -> None:
    body = envelope("BOOKING_CREATED", booking_payload(brandNewField={"x": 1}), rootExtra=True)
    event = parse_event(body)
    assert isinstance(event, BookingEvent)
    assert event.payload["brandNewField"] == {"x": 1}
    assert event.raw["rootExtra"] is True


# --- no-show updates --------------------------------------------------------------------------


def test_booking_no_show_updated() -> None:
    payload = {
        "message": "zoe@example.org marked as no-show",
        "attendees": [{"email": "zoe@example.org", "noShow": True}],
        "bookingUid": "bk_8Tq2mRkL1c",
        "bookingId": 1042,
    }
    event = parse_event(envelope("BOOKING_NO_SHOW_UPDATED", payload))
    assert isinstance(event, NoShowEvent)
    assert event.trigger is WebhookTrigger.BOOKING_NO_SHOW_UPDATED
    assert event.booking_uid == "bk_8Tq2mRkL1c"
    assert event.booking_id == 1042
    assert event.message == "zoe@example.org marked as no-show"
    assert event.attendees == (NoShowAttendee(email="zoe@example.org", no_show=True),)
    assert event.no_show_host is None


def test_after_hosts_cal_video_no_show() -> None:
    payload = {
        "title": "30 Min Meeting between Ada Host and Zoë Guest",
        "bookingId": 1042,
        "bookingUid": "bk_8Tq2mRkL1c",
        "startTime": "2025-01-02T10:00:00.000Z",
        "endTime": "2025-01-02T10:30:00.000Z",
        "attendees": [{"id": 5, "email": "zoe@example.org", "name": "Zoë Guest", "noShow": False}],
        "participants": [],
        "hostEmail": "ada@example.com",
        "eventType": {"id": 31, "slug": "30min"},
        "webhook": {"id": "0b5c…", "subscriberUrl": "https://example.com/hooks"},
        "message": "Host with email ada@example.com didn't join the call",
    }
    event = parse_event(envelope("AFTER_HOSTS_CAL_VIDEO_NO_SHOW", payload))
    assert isinstance(event, NoShowEvent)
    assert event.host_email == "ada@example.com"
    assert event.event_type_id == 31
    assert event.start_time == at("2025-01-02T10:00:00Z")
    assert event.attendees == (NoShowAttendee(email="zoe@example.org", name="Zoë Guest", no_show=False),)


def test_after_guests_cal_video_no_show_is_a_no_show_event() -> None:
    event = parse_event(envelope("AFTER_GUESTS_CAL_VIDEO_NO_SHOW", {"bookingUid": "bk_1"}))
    assert isinstance(event, NoShowEvent)
    assert event.booking_uid == "bk_1"


# --- out of office ----------------------------------------------------------------------------


def test_ooo_created() -> None:
    payload = {
        "oooEntry": {
            "id": 12,
            "uuid": "4f2d6a8e-0000-4000-8000-000000000012",
            "start": "2025-02-10T00:00:00.000Z",
            "end": "2025-02-14T23:59:59.999Z",
            "createdAt": "2025-01-01T08:59:58.000Z",
            "updatedAt": "2025-01-01T08:59:58.000Z",
            "notes": "Skiing",
            "reason": {"emoji": "🏝️", "reason": "vacation"},
            "reasonId": 1,
            "user": {
                "id": 7,
                "name": "Ada Host",
                "username": "ada",
                "email": "ada@example.com",
                "timeZone": "Europe/Paris",
            },
            "toUser": {
                "id": 9,
                "name": "Bo Backup",
                "username": "bo",
                "email": "bo@example.com",
                "timeZone": "Europe/Paris",
            },
        }
    }
    event = parse_event(envelope("OOO_CREATED", payload))
    assert isinstance(event, OutOfOfficeEvent)
    assert event.entry_id == 12
    assert event.entry_uuid == "4f2d6a8e-0000-4000-8000-000000000012"
    assert event.start == datetime(2025, 2, 10, tzinfo=UTC)
    assert event.end == datetime(2025, 2, 14, 23, 59, 59, 999000, tzinfo=UTC)
    assert (event.reason, event.reason_emoji, event.notes) == ("vacation", "🏝️", "Skiing")
    assert event.user == OutOfOfficeUser(
        id=7, name="Ada Host", username="ada", email="ada@example.com", time_zone="Europe/Paris"
    )
    assert event.to_user is not None and event.to_user.username == "bo"


def test_ooo_without_redirect_has_no_to_user() -> None:
    event = parse_event(envelope("OOO_CREATED", {"oooEntry": {"id": 1, "toUser": None}}))
    assert isinstance(event, OutOfOfficeEvent)
    assert event.to_user is None
    assert event.user is None


# --- forms ------------------------------------------------------------------------------------


@pytest.mark.parametrize("trigger", ["FORM_SUBMITTED", "FORM_SUBMITTED_NO_EVENT"])
def test_form_submissions(trigger: str) -> None:
    payload = {
        "formId": "f1c0ffee-0000-4000-8000-00000000f001",
        "formName": "Sales inquiry",
        "teamId": None,
        "responses": {
            "email": {"value": "zoe@example.org", "response": "zoe@example.org"},
            "company-size": {"value": ["11-50"]},
            "legacy": "plain",
        },
    }
    # The server also repeats the answers at the root of the body for old integrations.
    event = parse_event(envelope(trigger, payload, email="zoe@example.org"))
    assert isinstance(event, FormSubmittedEvent)
    assert event.trigger == trigger
    assert event.form_id == "f1c0ffee-0000-4000-8000-00000000f001"
    assert event.form_name == "Sales inquiry"
    assert event.team_id is None
    assert event.responses == {"email": "zoe@example.org", "company-size": ["11-50"], "legacy": "plain"}
    assert event.answers["email"] == FormAnswer(value="zoe@example.org", response="zoe@example.org")
    assert event.answers["company-size"] == FormAnswer(value=["11-50"])  # from before `response`
    assert event.answers["legacy"] == FormAnswer(value="plain")
    assert event.raw["email"] == "zoe@example.org"


def test_form_select_answers_carry_option_ids_beside_the_deprecated_labels() -> None:
    # getFieldResponse (routing-forms formSubmissionUtils.ts): value = labels (deprecated),
    # response = [{label, id}], id null when the submitted value matched no option.
    payload = {
        "formId": "f1",
        "formName": "Intake",
        "teamId": 4,
        "responses": {
            "Where are you from": {
                "value": ["Europe", "Mars"],
                "response": [{"label": "Europe", "id": "opt-eu"}, {"label": "Mars", "id": None}],
            },
            "size": {"value": "11-50", "response": {"label": "11-50", "id": "opt-m"}},
        },
    }
    event = parse_event(envelope("FORM_SUBMITTED", payload))
    assert isinstance(event, FormSubmittedEvent)
    where = event.answers["Where are you from"]
    assert where.value == ["Europe", "Mars"]
    assert where.options == (FormOption(label="Europe", id="opt-eu"), FormOption(label="Mars", id=None))
    assert event.answers["size"].options == (FormOption(label="11-50", id="opt-m"),)
    assert event.responses["size"] == "11-50"
    assert event.team_id == 4


# --- meetings ---------------------------------------------------------------------------------


@pytest.mark.parametrize("trigger", ["MEETING_STARTED", "MEETING_ENDED"])
def test_meeting_started_and_ended_are_flat_booking_objects(trigger: str) -> None:
    # Scheduled triggers send {triggerEvent, ...booking} (scheduleTrigger.ts): no payload
    # envelope, and the root createdAt is the booking row's, not the delivery time.
    body = {
        "triggerEvent": trigger,
        "createdAt": "2024-12-20T09:45:00.000Z",
        "id": 1042,
        "uid": "bk_8Tq2mRkL1c",
        "title": "30 Min Meeting",
        "eventTypeId": 31,
        "startTime": "2025-01-02T10:00:00.000Z",
        "endTime": "2025-01-02T10:30:00.000Z",
        "user": {"id": 7, "email": "ada@example.com", "name": "Ada Host", "timeZone": "Europe/Paris"},
        "attendees": [
            {"email": "zoe@example.org", "name": "Zoë Guest", "timeZone": "America/New_York", "locale": "fr"}
        ],
    }
    event = parse_event(json.dumps(body))
    assert isinstance(event, MeetingEvent)
    assert event.created_at is None
    assert event.booking_created_at == datetime(2024, 12, 20, 9, 45, tzinfo=UTC)
    assert event.payload["createdAt"] == "2024-12-20T09:45:00.000Z"
    assert (event.uid, event.booking_id, event.event_type_id) == ("bk_8Tq2mRkL1c", 1042, 31)
    assert event.end_time == at("2025-01-02T10:30:00Z")
    assert event.organizer is not None and event.organizer.email == "ada@example.com"
    assert event.attendees[0].locale == "fr"
    assert "triggerEvent" not in event.payload
    assert event.payload["user"]["name"] == "Ada Host"


def test_instant_meeting() -> None:
    payload = {
        "triggerEvent": "INSTANT_MEETING",
        "uid": "bk_instant",
        "responses": {"name": {"value": "Zoë Guest"}},
        "connectAndJoinUrl": "https://app.cal.com/connect-and-join?token=abc",
        "eventTypeId": 31,
        "eventTypeTitle": "Instant call",
        "customInputs": {},
    }
    event = parse_event(envelope("INSTANT_MEETING", payload))
    assert isinstance(event, MeetingEvent)
    assert event.trigger is WebhookTrigger.INSTANT_MEETING
    assert event.connect_and_join_url == "https://app.cal.com/connect-and-join?token=abc"
    assert (event.uid, event.event_type_id) == ("bk_instant", 31)


# --- recordings -------------------------------------------------------------------------------


def test_recording_ready() -> None:
    payload = booking_payload(downloadLink="https://cal-video.example/rec/1.mp4")
    event = parse_event(envelope("RECORDING_READY", payload))
    assert isinstance(event, RecordingEvent)
    assert not isinstance(event, BookingEvent)
    assert event.download_link == "https://cal-video.example/rec/1.mp4"
    assert event.uid == "bk_8Tq2mRkL1c"
    assert event.organizer is not None and event.organizer.utc_offset == timedelta(hours=1)


def test_recording_transcription_generated() -> None:
    # Links are [{format, link}] objects: TranscriptionGeneratedDTO in the server's
    # packages/features/webhooks/lib/dto/types.ts (TGetTranscriptAccessLink["transcription"]).
    payload = booking_payload(
        downloadLinks={
            "transcription": [
                {"format": "json", "link": "https://cal-video.example/t/1.json"},
                {"format": "vtt", "link": "https://cal-video.example/t/1.vtt"},
            ],
            "recording": "https://cal-video.example/rec/1.mp4",
        }
    )
    event = parse_event(envelope("RECORDING_TRANSCRIPTION_GENERATED", payload))
    assert isinstance(event, RecordingEvent)
    assert event.transcription_links == (
        TranscriptionLink(format="json", link="https://cal-video.example/t/1.json"),
        TranscriptionLink(format="vtt", link="https://cal-video.example/t/1.vtt"),
    )
    assert event.recording_link == "https://cal-video.example/rec/1.mp4"
    assert event.download_link is None


def test_transcription_links_also_accept_bare_urls_and_skip_junk() -> None:
    links = ["https://cal-video.example/t/1.vtt", {"format": "srt"}, 42, {"link": "https://x.example/t"}]
    payload = booking_payload(downloadLinks={"transcription": links})
    event = parse_event(envelope("RECORDING_TRANSCRIPTION_GENERATED", payload))
    assert isinstance(event, RecordingEvent)
    assert event.transcription_links == (
        TranscriptionLink(link="https://cal-video.example/t/1.vtt"),
        TranscriptionLink(link="https://x.example/t"),
    )


# --- unknown, custom, invalid -----------------------------------------------------------------


def test_unknown_trigger_gives_a_generic_event_with_a_warning() -> None:
    with pytest.warns(UnknownWebhookTriggerWarning, match="'BOOKING_TELEPORTED' is not one this SDK knows"):
        event = parse_event(envelope("BOOKING_TELEPORTED", {"uid": "bk_1", "where": "mars"}))
    assert type(event) is WebhookEvent
    assert event.trigger == "BOOKING_TELEPORTED"
    assert event.trigger is not None and not event.trigger.is_known
    assert event.created_at == at(CREATED_AT)
    assert event.payload == {"uid": "bk_1", "where": "mars"}


def test_custom_payload_template_gives_a_generic_event_with_the_raw_data() -> None:
    body = b'{"content": "New booking bk_1 with zoe@example.org", "when": "2025-01-02T10:00:00Z"}'
    event = parse_event(body)
    assert type(event) is WebhookEvent
    assert event.trigger is None
    assert event.created_at is None
    assert event.payload == {
        "content": "New booking bk_1 with zoe@example.org",
        "when": "2025-01-02T10:00:00Z",
    }
    assert event.raw == event.payload


# sendPayload.ts: a template that is not JSON goes out rendered, as application/x-www-form-urlencoded.
FORM_BODY = b"title=Intro+call&start=2025-01-02T10%3A00%3A00Z&guest=zoe%40example.org&guest=ada%40example.com"


@pytest.mark.parametrize("content_type", ["application/x-www-form-urlencoded", None])
def test_a_non_json_template_delivery_is_a_template_event(content_type: str | None) -> None:
    event = parse_event(FORM_BODY, content_type)
    assert type(event) is TemplateEvent
    assert event.trigger is None and event.created_at is None
    assert event.text == FORM_BODY.decode()
    assert event.payload == {
        "title": "Intro call",
        "start": "2025-01-02T10:00:00Z",
        "guest": ["zoe@example.org", "ada@example.com"],
    }
    assert event.raw == event.payload
    assert "zoe" not in repr(event)


def test_a_template_that_is_plain_text_keeps_the_text() -> None:
    text = "New booking: Intro call with Zoë at 2025-01-02T10:00:00Z"
    event = parse_event(text.encode(), "application/x-www-form-urlencoded")
    assert isinstance(event, TemplateEvent)
    assert event.text == text
    # Declared form-urlencoded: even JSON-looking text is the template's output, kept as text.
    braces = parse_event(b'{"a": 1}', "application/x-www-form-urlencoded")
    assert isinstance(braces, TemplateEvent) and braces.text == '{"a": 1}'


def test_str_bytes_and_mapping_inputs_agree() -> None:
    body = envelope("BOOKING_CREATED", booking_payload())
    assert parse_event(body) == parse_event(body.decode()) == parse_event(json.loads(body))


@pytest.mark.parametrize(
    "body", [b"", b"  ", b"{'single': 'quotes'}", b'{"truncated": ', b"\xff\xfe\x00garbage", b"[" * 100_000]
)
def test_a_body_that_is_not_json_raises_a_typed_error(body: bytes) -> None:
    with pytest.raises(WebhookPayloadError, match="not valid JSON"):
        parse_event(body)


def test_a_declared_json_body_that_is_not_json_raises_instead_of_passing_as_a_template() -> None:
    with pytest.raises(WebhookPayloadError, match="not valid JSON"):
        parse_event(b"name=Ada", "application/json; charset=utf-8")


@pytest.mark.parametrize("body", [b"[]", b'"BOOKING_CREATED"', b"42", b"null"])
def test_json_that_is_not_an_object_raises_a_typed_error(body: bytes) -> None:
    with pytest.raises(WebhookPayloadError, match="not an object"):
        parse_event(body)


def test_a_non_body_argument_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="bytes or str"):
        parse_event(42)  # type: ignore[arg-type]


def test_events_are_frozen_and_reprs_leave_out_the_payload() -> None:
    event = parse_event(envelope("BOOKING_CREATED", booking_payload()))
    with pytest.raises(AttributeError):
        event.trigger = None  # type: ignore[misc]
    assert "responses" not in repr(event)
    with pytest.raises(AttributeError):
        event.extra = 1  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        del event.uid  # type: ignore[misc]


# --- triggers ---------------------------------------------------------------------------------


def test_webhook_triggers_are_the_18_the_server_accepts() -> None:
    real = {
        "BOOKING_CREATED", "BOOKING_PAYMENT_INITIATED", "BOOKING_PAID", "BOOKING_RESCHEDULED",
        "BOOKING_REQUESTED", "BOOKING_CANCELLED", "BOOKING_REJECTED", "BOOKING_NO_SHOW_UPDATED",
        "FORM_SUBMITTED", "MEETING_ENDED", "MEETING_STARTED", "RECORDING_READY", "INSTANT_MEETING",
        "RECORDING_TRANSCRIPTION_GENERATED", "OOO_CREATED", "AFTER_HOSTS_CAL_VIDEO_NO_SHOW",
        "AFTER_GUESTS_CAL_VIDEO_NO_SHOW", "FORM_SUBMITTED_NO_EVENT",
    }  # fmt: skip
    assert real == WEBHOOK_TRIGGERS
    for rejected in ("BOOKING_CONFIRMED", "BOOKING_COMPLETED", "BOOKING_NO_SHOW", "BOOKING_REOPENED"):
        assert rejected not in WEBHOOK_TRIGGERS


@pytest.mark.parametrize("trigger", sorted(WEBHOOK_TRIGGERS))
def test_every_real_trigger_parses_to_a_family_class_even_with_an_empty_payload(trigger: str) -> None:
    event = parse_event(envelope(trigger, {}))
    assert type(event) is not WebhookEvent
    assert event.trigger is not None and event.trigger.is_known
