"""Webhook events and their parts are webhook models: the generated models' field machinery in a
tolerant mode (``cal_async/webhooks/_model.py``, decoders in ``_tolerant.py``).

What that promises beyond the parsing tests: an event built from values and the same event read
from its JSON agree; values missing or of another shape read as the field's default; fields are
found under the other names payloads use; events are immutable values that survive pickling (a
receiver queues them).
"""

from __future__ import annotations

import math
import pickle
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from cal_async import ResponseValidationError
from cal_async._models import ApiModel
from cal_async.webhooks import (
    BookingEvent,
    BookingStatus,
    DelegationCredentialErrorEvent,
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
    TranscriptionLink,
    WebhookAttendee,
    WebhookEvent,
    WebhookTrigger,
    WrongAssignmentReportEvent,
    parse_event,
)
from cal_async.webhooks._tolerant import INSTANT, INTEGER, LOCALE, MINUTES, TEXT, at, items

START = datetime(2025, 1, 2, 10, tzinfo=UTC)
ADA = Organizer(id=7, name="Ada", email="ada@example.com", time_zone="Europe/Paris", locale="en",
                utc_offset=timedelta(hours=1))  # fmt: skip
ZOE = WebhookAttendee(name="Zoë", email="zoe@example.org", locale="fr", utc_offset=timedelta(minutes=-300))

# (event class, trigger, values): every typed attribute of each family, including those read
# inside nested objects (oooEntry, error, booking.eventType...).
SAMPLES: list[tuple[type[WebhookEvent], str, dict[str, Any]]] = [
    (BookingEvent, "BOOKING_RESCHEDULED", {
        "uid": "bk_2", "booking_id": 1043, "event_type_id": 31, "title": "Intro", "start_time": START,
        "end_time": START + timedelta(minutes=30), "organizer": ADA, "attendees": (ZOE,),
        "video_call_url": "https://app.cal.com/video/bk_2", "status": BookingStatus.ACCEPTED,
        "location": "integrations:daily", "reschedule_uid": "bk_1", "reschedule_id": 1042,
        "reschedule_start_time": START - timedelta(days=1), "rescheduled_by": "zoe@example.org",
        "price": 4500, "currency": "eur", "payment_id": 88,
    }),
    (MeetingEvent, "INSTANT_MEETING", {
        "uid": "bk_3", "connect_and_join_url": "https://app.cal.com/connect?t=1", "organizer": ADA,
        "booking_created_at": START, "status": BookingStatus("ON_HOLD"),
    }),
    (RecordingEvent, "RECORDING_TRANSCRIPTION_GENERATED", {
        "uid": "bk_4", "recording_link": "https://cal.example/rec",
        "transcription_links": (TranscriptionLink(link="https://cal.example/t.vtt", format="vtt"),),
    }),
    (NoShowEvent, "BOOKING_NO_SHOW_UPDATED", {
        "booking_uid": "bk_5", "booking_id": 9, "event_type_id": 31, "message": "marked",
        "attendees": (NoShowAttendee(email="zoe@example.org", no_show=True),), "no_show_host": False,
        "host_email": "ada@example.com", "start_time": START,
    }),
    (OutOfOfficeEvent, "OOO_CREATED", {
        "entry_id": 3, "entry_uuid": "u-3", "start": START, "end": START + timedelta(days=4),
        "notes": "Skiing", "reason": "vacation", "reason_emoji": "🏝️",
        "user": OutOfOfficeUser(id=7, email="ada@example.com"),
        "to_user": OutOfOfficeUser(id=9, username="bo"),
    }),
    (FormSubmittedEvent, "FORM_SUBMITTED_NO_EVENT", {
        "form_id": "f1", "form_name": "Intake", "team_id": 4, "response_id": 977,
        "answers": {"size": FormAnswer(value="11-50", response={"label": "11-50", "id": "opt-m"})},
        "redirect": {"type": "customPageMessage", "value": "Thanks"},
    }),
    (DelegationCredentialErrorEvent, "DELEGATION_CREDENTIAL_ERROR", {
        "error_type": "CalendarAppError", "error_message": "denied", "credential_id": 5120,
        "credential_type": "google_calendar", "app_id": "google-calendar", "delegation_credential_id": "d-1",
        "user_id": 7, "user_email": "ada@example.com", "organization_id": 3,
    }),
    (WrongAssignmentReportEvent, "WRONG_ASSIGNMENT_REPORT", {
        "booking_uid": "bk_6", "booking_id": 1099, "title": "Sales", "start_time": START,
        "status": BookingStatus.ACCEPTED, "event_type_id": 61, "event_type_slug": "sales-call", "team_id": 12,
        "reported_by_id": 7, "reported_by_email": "ada@example.com", "routing_reason": "size",
        "guest": "lead@co.example", "host_email": "rep@example.com", "host_name": "Rep",
        "correct_assignee": "boss@example.com", "additional_notes": "wrong region",
    }),
]  # fmt: skip


@pytest.mark.parametrize(("cls", "trigger", "values"), SAMPLES, ids=[s[1] for s in SAMPLES])
def test_an_event_built_from_values_reads_back_from_its_json(
    cls: type[WebhookEvent], trigger: str, values: dict[str, Any]
) -> None:
    built = cls(trigger=WebhookTrigger(trigger), **values)
    assert isinstance(built, ApiModel)
    for name, value in values.items():
        assert getattr(built, name) == value, name
    received = parse_event(
        {"triggerEvent": trigger, "createdAt": "2025-01-01T08:00:00Z", "payload": built.payload}
    )
    assert type(received) is cls
    for name, value in values.items():
        assert getattr(received, name) == value, name
    assert received.payload == built.payload
    assert received.created_at == datetime(2025, 1, 1, 8, tzinfo=UTC)


def test_a_given_payload_keeps_its_other_fields_and_is_not_changed() -> None:
    payload = {"error": {"type": "old", "message": "kept"}, "unmodelled": [1]}
    event = DelegationCredentialErrorEvent(payload=payload, error_type="new")
    assert event.payload == {"error": {"type": "new", "message": "kept"}, "unmodelled": [1]}
    assert (event.error_type, event.error_message, event["unmodelled"]) == ("new", "kept", [1])
    assert payload == {"error": {"type": "old", "message": "kept"}, "unmodelled": [1]}


def test_the_wire_form_of_values() -> None:
    assert ADA.to_dict() == {
        "id": 7, "name": "Ada", "email": "ada@example.com", "timeZone": "Europe/Paris", "language": "en",
        "utcOffset": 60,  # minutes, as the server writes it
    }  # fmt: skip
    event = BookingEvent(start_time=START, status=BookingStatus.CANCELLED, organizer=ADA)
    assert event.payload == {
        "startTime": "2025-01-02T10:00:00.000Z",
        "status": "CANCELLED",
        "organizer": ADA.to_dict(),
    }


def test_values_are_found_under_the_other_names_payloads_use() -> None:
    booking = parse_event(
        {"triggerEvent": "BOOKING_CREATED", "payload": {"videoCallData": {"url": "https://v"}}}
    )
    assert isinstance(booking, BookingEvent) and booking.video_call_url == "https://v"
    no_show = parse_event({"triggerEvent": "AFTER_GUESTS_CAL_VIDEO_NO_SHOW", "payload": {"uid": "bk_1",
                           "eventType": {"id": 31}}})  # fmt: skip
    assert isinstance(no_show, NoShowEvent) and (no_show.booking_uid, no_show.event_type_id) == ("bk_1", 31)
    report = parse_event(
        {"triggerEvent": "WRONG_ASSIGNMENT_REPORT", "payload": {"report": {"routingReason": "r"}}}
    )
    assert isinstance(report, WrongAssignmentReportEvent) and report.routing_reason == "r"
    # The first name wins when both are there; a declined first value falls back too.
    both = WebhookAttendee.from_dict({"language": {"locale": "en"}, "locale": "fr"})
    assert both.locale == "en"
    assert WebhookAttendee.from_dict({"language": 3, "locale": "fr"}).locale == "fr"


def test_webhook_models_are_values() -> None:
    parsed = WebhookAttendee.from_dict({**ZOE.to_dict(), "id": 5, "noShow": False})
    assert parsed == ZOE and hash(parsed) == hash(ZOE)  # the fields the model declares decide
    assert parsed != WebhookAttendee(email="zoe@example.org")
    assert parsed.model_extra == {"id": 5, "noShow": False}  # the rest stays reachable
    assert repr(ZOE).startswith("WebhookAttendee(name='Zoë', email='zoe@example.org'")
    with pytest.raises(AttributeError):
        ZOE.email = "x"  # type: ignore[misc]


def test_the_constructor_takes_declared_values_only() -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'bogus'"):
        FormSubmittedEvent(bogus=1)  # type: ignore[call-arg]
    # Values derived from another field are read, not given: responses (from answers), options.
    with pytest.raises(TypeError, match="unexpected keyword argument 'responses'"):
        FormSubmittedEvent(responses={})  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'options'"):
        FormAnswer(options=(FormOption(label="x"),))  # type: ignore[call-arg]


def test_events_survive_pickling() -> None:
    raw = {"triggerEvent": "BOOKING_CREATED", "createdAt": "2025-01-01T08:00:00Z",
           "payload": {"uid": "bk_1", "organizer": ADA.to_dict(), "attendees": [ZOE.to_dict()]}}  # fmt: skip
    for event in (parse_event(raw), BookingEvent(uid="bk_2", attendees=(ZOE,))):
        copy = pickle.loads(pickle.dumps(event))
        assert copy == event and type(copy) is type(event)
        assert (copy.raw, copy.trigger, copy.attendees) == (event.raw, event.trigger, event.attendees)
    received = parse_event(raw)
    assert pickle.loads(pickle.dumps(received)).raw["payload"] == received.payload
    assert pickle.loads(pickle.dumps(ADA)) == ADA


def test_a_required_part_is_left_out_when_missing_and_refused_when_read() -> None:
    links = {"transcription": [{"format": "vtt"}, {"link": 7}]}
    event = parse_event(
        {"triggerEvent": "RECORDING_TRANSCRIPTION_GENERATED", "payload": {"downloadLinks": links}}
    )
    assert isinstance(event, RecordingEvent) and event.transcription_links == ()
    with pytest.raises(ResponseValidationError, match="link"):
        print(TranscriptionLink.from_dict({"format": "vtt"}).link)


@pytest.mark.parametrize(
    ("decoder", "raw", "expected"),
    [
        (INTEGER, 42, 42), (INTEGER, 42.0, 42), (INTEGER, "42", 42), (INTEGER, True, None),
        (INTEGER, 4.2, None), (INTEGER, "9" * 5000, None), (INTEGER, "-1", None), (INTEGER, None, None),
        (TEXT, "a", "a"), (TEXT, 1, None),
        (INSTANT, "2025-01-02T10:00:00+00:00", START), (INSTANT, "2025-01-02T10:00:00", START),
        (INSTANT, "soon", None), (INSTANT, 0, None),
        (MINUTES, -300, timedelta(hours=-5)), (MINUTES, 1.5, timedelta(seconds=90)), (MINUTES, True, None),
        (MINUTES, math.nan, None), (MINUTES, 1e308, None), (MINUTES, "60", None),
        (LOCALE, "fr", "fr"), (LOCALE, {"locale": "fr"}, "fr"), (LOCALE, {"locale": 1}, None),
        (LOCALE, [], None),
        (at("a", "b", TEXT), {"a": {"b": "x"}}, "x"), (at("a", "b", TEXT), {"a": "b"}, None),
        (at("a", TEXT), [], None),
        (items(TEXT), ["a", 1, None, "b"], ("a", "b")), (items(TEXT), "a", None),
        (items(TEXT, single=True), "a", ("a",)),
    ],
)  # fmt: skip
def test_tolerant_decoders_decline_instead_of_refusing(decoder: Any, raw: object, expected: object) -> None:
    assert decoder(raw) == expected
