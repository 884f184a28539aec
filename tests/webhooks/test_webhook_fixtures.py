"""Every delivery in fixtures/ verifies and parses into the right typed event.

The fixtures were built from the server's source and docs (each file's ``source`` names them; see
fixtures/README.md), and their signatures and template renderings come from Node with the server's
primitives (fixtures/sign_fixtures.mjs), so these tests check the SDK against the server's formats,
not against the SDK's own signing.
"""

from __future__ import annotations

import json
import re
import warnings
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from cal_async.webhooks import (
    NO_SECRET_PROVIDED,
    BookingEvent,
    BookingStatus,
    DelegationCredentialErrorEvent,
    FormAnswer,
    FormOption,
    FormSubmittedEvent,
    MeetingEvent,
    NoShowAttendee,
    NoShowEvent,
    OutOfOfficeEvent,
    OutOfOfficeUser,
    RecordingEvent,
    TemplateEvent,
    TranscriptionLink,
    WebhookEvent,
    WebhookSignatureError,
    WebhookTrigger,
    WrongAssignmentReportEvent,
    parse_event,
    sign,
    verify_signature,
)

FIXTURES = Path(__file__).parent / "fixtures"
NAMES = sorted(p.stem for p in FIXTURES.glob("*.json"))


def load(name: str) -> tuple[bytes, dict[str, Any]]:
    """The exact bytes the server sends for a fixture, and the fixture itself."""
    fixture: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    if "rendered" in fixture:
        return fixture["rendered"].encode(), fixture
    # JSON.stringify: compact, key order kept, non-ASCII as is. A mismatch would fail the signature.
    return json.dumps(fixture["body"], separators=(",", ":"), ensure_ascii=False).encode(), fixture


def parsed(name: str) -> WebhookEvent:
    raw, fixture = load(name)
    verify_signature(raw, fixture["signature"], fixture["secret"], allow_unsigned=fixture["secret"] is None)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no fixture's trigger is unknown to the SDK
        return parse_event(raw, fixture["contentType"])


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def test_every_trigger_family_has_a_fixture() -> None:
    triggers = set()
    for name in NAMES:
        _, fixture = load(name)
        body = fixture.get("body")
        if isinstance(body, dict):
            triggers.add(body["triggerEvent"])
    assert {t.value for t in WebhookTrigger} <= triggers
    assert {"DELEGATION_CREDENTIAL_ERROR", "WRONG_ASSIGNMENT_REPORT"} <= triggers
    assert {"template_json", "template_json_invalid_render", "template_form"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_fixture_cites_its_sources_and_is_listed_in_the_readme(name: str) -> None:
    _, fixture = load(name)
    assert fixture["source"] and all(isinstance(s, str) and s for s in fixture["source"])
    assert f"`{name}.json`" in (FIXTURES / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", NAMES)
def test_the_servers_signature_verifies_and_matches_the_sdks(name: str) -> None:
    raw, fixture = load(name)
    header = fixture["signature"]
    if fixture["secret"] is None:
        assert header == NO_SECRET_PROVIDED
    else:
        assert re.fullmatch(r"[0-9a-f]{64}", header), "lowercase hex, no prefix"
    verify_signature(raw, header, fixture["secret"], allow_unsigned=fixture["secret"] is None)
    assert sign(raw, fixture["secret"]) == header
    if fixture["secret"] is not None:
        with pytest.raises(WebhookSignatureError):
            verify_signature(raw + b" ", header, fixture["secret"])


# --- bookings ---------------------------------------------------------------------------------


def test_booking_created() -> None:
    event = parsed("booking_created")
    assert isinstance(event, BookingEvent)
    assert event.trigger is WebhookTrigger.BOOKING_CREATED
    assert event.created_at == datetime(2025, 1, 1, 8, 59, 58, 412000, tzinfo=UTC)
    assert (event.uid, event.booking_id, event.event_type_id) == ("bk_8Tq2mRkL1c", 1042, 31)
    assert (event.start_time, event.end_time) == (utc("2025-01-02T10:00:00Z"), utc("2025-01-02T10:30:00Z"))
    assert event.status is BookingStatus.ACCEPTED
    assert event.video_call_url == "https://app.cal.com/video/bk_8Tq2mRkL1c"
    assert event.organizer is not None
    assert (event.organizer.id, event.organizer.email, event.organizer.locale) == (7, "ada@example.com", "en")
    assert event.organizer.utc_offset == timedelta(hours=1)
    [zoe] = event.attendees
    assert (zoe.name, zoe.first_name, zoe.locale, zoe.utc_offset) == (
        "Zoë Guest",
        "Zoë",
        "fr",
        timedelta(hours=-5),
    )
    assert (event.price, event.currency, event.location) == (0, "usd", "integrations:daily")


def test_booking_requested() -> None:
    event = parsed("booking_requested")
    assert isinstance(event, BookingEvent)
    assert event.status is BookingStatus.PENDING
    assert event.payload["requiresConfirmation"] is True


def test_booking_rescheduled() -> None:
    event = parsed("booking_rescheduled")
    assert isinstance(event, BookingEvent)
    assert (event.uid, event.booking_id) == ("bk_Zr4nWq0pE2", 1043)
    assert (event.reschedule_uid, event.reschedule_id) == ("bk_8Tq2mRkL1c", 1042)
    assert event.reschedule_start_time == utc("2025-01-02T10:00:00Z")
    assert event.start_time == utc("2025-01-03T15:00:00Z")
    assert event.rescheduled_by == "zoe@example.org"


def test_booking_cancelled_times_end_in_plus_zero() -> None:
    event = parsed("booking_cancelled")
    assert isinstance(event, BookingEvent)
    # handleCancelBooking.ts: dayjs(...).format() -> "2025-01-02T10:00:00+00:00".
    assert event.payload["startTime"] == "2025-01-02T10:00:00+00:00"
    assert event.start_time == datetime(2025, 1, 2, 10, 0, tzinfo=UTC)
    assert event.end_time == datetime(2025, 1, 2, 10, 30, tzinfo=UTC)
    assert event.status is BookingStatus.CANCELLED
    assert (event.cancellation_reason, event.cancelled_by) == ("Double-booked, sorry", "ada@example.com")
    assert event.attendees[0].phone_number is None


def test_booking_rejected_times_carry_milliseconds() -> None:
    event = parsed("booking_rejected")
    assert isinstance(event, BookingEvent)
    assert event.payload["startTime"] == "2025-01-02T10:00:00.000Z"
    assert event.start_time == datetime(2025, 1, 2, 10, 0, tzinfo=UTC)
    assert event.status is BookingStatus.REJECTED
    assert event.rejection_reason == "Fully booked that week"


def test_booking_no_show_updated() -> None:
    event = parsed("booking_no_show_updated")
    assert isinstance(event, NoShowEvent)
    assert (event.booking_uid, event.booking_id) == ("bk_8Tq2mRkL1c", 1042)
    assert event.attendees == (NoShowAttendee(email="zoe@example.org", no_show=True),)
    assert event.message == "zoe@example.org marked as no-show"


# --- payments ---------------------------------------------------------------------------------


def test_booking_payment_initiated() -> None:
    event = parsed("booking_payment_initiated")
    assert isinstance(event, BookingEvent)
    assert event.trigger is WebhookTrigger.BOOKING_PAYMENT_INITIATED
    assert (event.price, event.currency, event.payment_id) == (4500, "eur", 88)
    assert event.uid == "bk_P4yM3nt9Xq"


def test_booking_paid() -> None:
    event = parsed("booking_paid")
    assert isinstance(event, BookingEvent)
    assert event.trigger is WebhookTrigger.BOOKING_PAID
    assert event.payload["endTime"] == "2025-01-02T10:30:00.000Z"
    assert event.end_time == datetime(2025, 1, 2, 10, 30, tzinfo=UTC)
    assert (event.payment_id, event.price, event.status) == (88, 4500, BookingStatus.ACCEPTED)
    assert event.payload["metadata"]["externalId"] == "pi_3QxExample"


# --- meetings ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["meeting_started", "meeting_ended"])
def test_meeting_bodies_are_flat_and_keep_the_bookings_created_at(name: str) -> None:
    raw, _ = load(name)
    assert b'"payload"' not in raw  # scheduleTrigger.ts: JSON.stringify({ triggerEvent, ...booking })
    event = parsed(name)
    assert isinstance(event, MeetingEvent)
    assert event.trigger == name.upper()
    assert event.created_at is None  # the root createdAt is the booking's, not the delivery's
    assert event.booking_created_at == datetime(2024, 12, 20, 16, 4, 31, 250000, tzinfo=UTC)
    assert event.payload["createdAt"] == "2024-12-20T16:04:31.250Z"
    assert "triggerEvent" not in event.payload
    assert (event.uid, event.booking_id, event.event_type_id) == ("bk_8Tq2mRkL1c", 1042, 31)
    assert (event.start_time, event.end_time) == (utc("2025-01-02T10:00:00Z"), utc("2025-01-02T10:30:00Z"))
    assert (event.status, event.location) == (BookingStatus.ACCEPTED, "integrations:daily")
    assert event.organizer is not None
    assert (event.organizer.email, event.organizer.time_zone) == ("ada@example.com", "Europe/Paris")
    [zoe] = event.attendees
    assert (zoe.email, zoe.locale) == ("zoe@example.org", "fr")
    assert event.video_call_url == "https://app.cal.com/video/bk_8Tq2mRkL1c"


def test_instant_meeting() -> None:
    event = parsed("instant_meeting")
    assert isinstance(event, MeetingEvent)
    assert event.trigger is WebhookTrigger.INSTANT_MEETING
    assert event.created_at == datetime(2025, 1, 2, 9, 58, tzinfo=UTC)
    assert event.booking_created_at is None
    assert (event.uid, event.event_type_id) == ("bk_Inst4nt0x1", 52)
    assert event.connect_and_join_url == "https://app.cal.com/connect-and-join?token=6f1c0d2b9e"


# --- forms ------------------------------------------------------------------------------------


def test_form_submitted() -> None:
    event = parsed("form_submitted")
    assert isinstance(event, FormSubmittedEvent)
    assert (event.form_id, event.form_name, event.team_id) == (
        "a1b2c3d4-0000-4000-8000-00000000f00d", "Sales intake", None,
    )  # fmt: skip
    assert event.responses == {
        "email": "zoe@example.org",
        "Where are you from": ["Europe"],
        "Team size": "11-50",
    }
    assert event.answers["email"] == FormAnswer(value="zoe@example.org", response="zoe@example.org")
    assert event.answers["Where are you from"].options == (
        FormOption(label="Europe", id="3c9e7a52-1f0b-4e55-9a61-2b8d0f4c7e10"),
    )
    assert event.answers["Team size"].options == (
        FormOption(label="11-50", id="8d2f4b61-7c3a-4f09-b2e5-6a1c9e0d3f72"),
    )
    assert event.raw["Team size"] == "11-50"  # rootData: values repeated at the root
    assert (event.response_id, event.redirect) == (None, None)


def test_form_submitted_no_event() -> None:
    event = parsed("form_submitted_no_event")
    assert isinstance(event, FormSubmittedEvent)
    assert event.trigger is WebhookTrigger.FORM_SUBMITTED_NO_EVENT
    assert (event.team_id, event.response_id) == (12, 977)
    assert event.redirect == {"type": "customPageMessage", "value": "Thanks, we will be in touch."}
    assert event.answers["Where are you from"].value == ["Europe"]


# --- recordings -------------------------------------------------------------------------------


def test_recording_ready() -> None:
    event = parsed("recording_ready")
    assert isinstance(event, RecordingEvent)
    assert event.download_link == "https://app.cal.com/api/video/recording?token=eyJyZWMiOiIxIn0"
    assert event.uid == "bk_8Tq2mRkL1c"
    assert event.transcription_links == ()


def test_recording_transcription_generated() -> None:
    event = parsed("recording_transcription_generated")
    assert isinstance(event, RecordingEvent)
    assert event.transcription_links == (
        TranscriptionLink(
            format="json",
            link="https://daily-transcripts.s3.amazonaws.com/t/8Tq2mRkL1c.json?X-Amz-Signature=ab12",
        ),
        TranscriptionLink(
            format="vtt",
            link="https://daily-transcripts.s3.amazonaws.com/t/8Tq2mRkL1c.vtt?X-Amz-Signature=cd34",
        ),
    )
    assert event.recording_link == "https://app.cal.com/api/video/recording?token=eyJyZWMiOiIxIn0"
    assert event.start_time == datetime(2025, 1, 2, 10, 0, tzinfo=UTC)


# --- other ------------------------------------------------------------------------------------


def test_ooo_created_without_a_secret() -> None:
    event = parsed("ooo_created")
    assert isinstance(event, OutOfOfficeEvent)
    assert (event.entry_id, event.entry_uuid) == (310, "0b8e0c5e-6f0f-4a37-9d21-5d0a3c7f1e99")
    assert (event.start, event.end) == (
        datetime(2025, 1, 6, tzinfo=UTC), datetime(2025, 1, 10, 23, 59, 59, tzinfo=UTC),
    )  # fmt: skip
    assert (event.reason, event.reason_emoji, event.notes) == ("ooo_reasons_vacation", "🏝️", "Skiing")
    assert event.to_user == OutOfOfficeUser(
        id=9, name="Grace Backup", username="grace", email="grace@example.com", time_zone="Europe/London"
    )


def test_after_hosts_cal_video_no_show() -> None:
    event = parsed("after_hosts_cal_video_no_show")
    assert isinstance(event, NoShowEvent)
    assert event.trigger is WebhookTrigger.AFTER_HOSTS_CAL_VIDEO_NO_SHOW
    assert (event.booking_uid, event.booking_id, event.event_type_id) == ("bk_8Tq2mRkL1c", 1042, 31)
    assert event.host_email == "ada@example.com"
    assert event.start_time == datetime(2025, 1, 2, 10, 0, tzinfo=UTC)
    assert event.attendees == (NoShowAttendee(email="zoe@example.org", name="Zoë Guest", no_show=False),)
    assert event.message is not None and event.message.startswith("Host with email ada@example.com")
    assert "secret" not in event.payload["webhook"]


def test_after_guests_cal_video_no_show() -> None:
    event = parsed("after_guests_cal_video_no_show")
    assert isinstance(event, NoShowEvent)
    assert event.trigger is WebhookTrigger.AFTER_GUESTS_CAL_VIDEO_NO_SHOW
    assert event.host_email is None
    assert event.attendees[0].no_show is True
    assert event.end_time == datetime(2025, 1, 2, 10, 30, tzinfo=UTC)


def test_delegation_credential_error() -> None:
    event = parsed("delegation_credential_error")
    assert isinstance(event, DelegationCredentialErrorEvent)
    assert event.trigger == "DELEGATION_CREDENTIAL_ERROR"
    assert event.trigger is not None and not event.trigger.is_known  # not one of the 18
    assert (event.error_type, event.credential_id, event.app_id) == (
        "CalendarAppDelegationCredentialError", 5120, "google-calendar",
    )  # fmt: skip
    assert event.delegation_credential_id == "d7e1f2a3-4b5c-4d6e-8f90-a1b2c3d4e5f6"
    assert (event.user_id, event.user_email, event.organization_id) == (7, "ada@example.com", 3)


def test_wrong_assignment_report() -> None:
    event = parsed("wrong_assignment_report")
    assert isinstance(event, WrongAssignmentReportEvent)
    assert (event.booking_uid, event.booking_id, event.status) == (
        "bk_R0ut3dXy",
        1099,
        BookingStatus.ACCEPTED,
    )
    assert (event.event_type_id, event.event_type_slug, event.team_id) == (61, "sales-call", 12)
    assert event.start_time == datetime(2025, 1, 15, 14, 0, tzinfo=UTC)
    assert (event.reported_by_id, event.reported_by_email) == (7, "ada@example.com")
    assert event.routing_reason == "Routed based on company size: Enterprise"
    assert (event.host_email, event.correct_assignee) == ("rep@example.com", "enterprise-rep@example.com")
    assert event.guest == "lead@company.example"


# --- custom payload templates -----------------------------------------------------------------


def test_a_json_template_arrives_compact_and_html_escaped() -> None:
    raw, fixture = load("template_json")
    assert fixture["contentType"] == "application/json"
    assert b"\n" not in raw and b": " not in raw  # re-serialised by JSON.stringify
    event = parsed("template_json")
    assert type(event) is WebhookEvent and event.trigger is None
    assert event.payload["name"] == "Intro call between Ada Host &amp; Zoë Guest"  # handlebars escaping
    assert event.payload["trigger"] == "BOOKING_CREATED"


def test_a_json_template_that_renders_invalid_json_arrives_as_false() -> None:
    raw, _ = load("template_json_invalid_render")
    assert raw == b"false"
    event = parsed("template_json_invalid_render")
    assert isinstance(event, TemplateEvent)
    assert (event.text, event.payload) == ("false", {})


def test_a_non_json_template_arrives_form_urlencoded() -> None:
    raw, fixture = load("template_form")
    assert fixture["contentType"] == "application/x-www-form-urlencoded"
    event = parsed("template_form")
    assert isinstance(event, TemplateEvent)
    assert event.text == raw.decode()
    assert event.payload == {
        "event": "BOOKING_CREATED",
        "uid": "bk_8Tq2mRkL1c",
        "start": "2025-01-02T10:00:00Z",
        "email": "zoe@example.org",
        "type": "intro-call",
    }
