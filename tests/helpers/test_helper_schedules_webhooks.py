"""Schedules (validated before any request) and webhooks (triggers checked) against the fake."""

from __future__ import annotations

import json
import warnings
from datetime import date

import pytest
import respx

from cal_async import CalClient
from cal_async.resources import Availability, DateOverride
from cal_async.testing import FakeCal
from cal_async.webhooks import WEBHOOK_TRIGGERS, UnknownWebhookTriggerWarning, WebhookTrigger
from tests.helpers.support import API


async def test_create_list_and_default(fake: FakeCal, cal: CalClient) -> None:
    created = await cal.schedules.create(
        name="Evenings",
        time_zone="Asia/Tokyo",
        availability=[
            Availability([1, 2, 3], "18:00", "21:00"),
            {"days": ["sat"], "startTime": "10:00", "endTime": "12:00"},
        ],
        overrides=[DateOverride(date(2030, 1, 9), "19:00", "20:00")],
        is_default=True,
    )
    assert created.time_zone == "Asia/Tokyo"
    rules = created.to_dict()["availability"]
    assert rules[0] == {"days": ["Monday", "Tuesday", "Wednesday"], "startTime": "18:00", "endTime": "21:00"}
    assert rules[1]["days"] == ["Saturday"]
    assert created.to_dict()["overrides"] == [
        {"date": "2030-01-09", "startTime": "19:00", "endTime": "20:00"}
    ]
    default = await cal.schedules.get_default()
    assert default.id == created.id
    assert created.id in [s.id for s in await cal.schedules.list()]
    via_body = await cal.schedules.create(body={"name": "Body", "timeZone": "UTC", "isDefault": False})
    assert via_body.name == "Body"


def test_days_accept_numbers_from_sunday_and_names() -> None:
    assert Availability(0, "09:00", "10:00").days == ("Sunday",)
    assert Availability([6, "mon", "Friday", 1], "09:00", "10:00").days == ("Monday", "Friday", "Saturday")
    assert Availability(range(7), "00:00", "23:59").to_json()["days"][0] == "Sunday"


@pytest.mark.parametrize(
    ("days", "start", "end", "message"),
    [
        ([7], "09:00", "17:00", "from 0 \\(Sunday\\) to 6"),
        ([-1], "09:00", "17:00", "from 0 \\(Sunday\\) to 6"),
        (["Funday"], "09:00", "17:00", "unknown day 'Funday'"),
        ([True], "09:00", "17:00", "0-6"),
        ([], "09:00", "17:00", "at least one day"),
        ([1], "9:00", "17:00", "'HH:MM'"),
        ([1], "09:00", "24:00", "'HH:MM'"),
        ([1], "09:60", "17:00", "'HH:MM'"),
        ([1], "17:00", "09:00", "must be before end time"),
        ([1], "09:00", "09:00", "must be before end time"),
    ],
)
def test_bad_availability_is_a_clear_value_error(
    days: list[object], start: str, end: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        Availability(days, start, end)  # type: ignore[arg-type]


async def test_schedule_create_validates_before_any_request(rcal: CalClient) -> None:
    with respx.mock(assert_all_called=False) as router:
        with pytest.raises(ValueError, match="unknown IANA time zone"):
            await rcal.schedules.create(name="x", time_zone="Europe/Nowhere")
        with pytest.raises(ValueError, match="must be before end time"):
            await rcal.schedules.create(
                body={"name": "x", "timeZone": "UTC", "isDefault": False,
                      "availability": [{"days": ["Monday"], "startTime": "12:00", "endTime": "11:00"}]}
            )  # fmt: skip
        with pytest.raises(ValueError, match="missing 'endTime'"):
            await rcal.schedules.create(
                name="x", time_zone="UTC", availability=[{"days": [1], "startTime": "09:00"}]
            )
        with pytest.raises(ValueError, match="override on 2030-01-09"):
            DateOverride("2030-01-09", "12:00", "10:00")
        with pytest.raises(ValueError, match="YYYY-MM-DD"):
            DateOverride("09/01/2030", "10:00", "12:00")
        with pytest.raises(ValueError, match="name and a time_zone"):
            await rcal.schedules.create(name="x")
        with pytest.raises(ValueError, match="not both"):
            await rcal.schedules.create(body={"name": "x"}, name="y")
    assert router.calls.call_count == 0


async def test_webhooks_create_and_list(fake: FakeCal, cal: CalClient) -> None:
    hook = await cal.webhooks.create(
        subscriber_url="https://example.com/hooks",
        triggers=["BOOKING_CREATED", "BOOKING_CANCELLED", "BOOKING_CREATED"],
        secret="s3cret",
    )
    # Raw field: the generated ``triggers`` property mis-decodes string items (spec says objects).
    assert hook.to_dict()["triggers"] == ["BOOKING_CREATED", "BOOKING_CANCELLED"]
    assert hook.active is True
    assert "s3cret" not in repr(hook)
    listed = [h.id async for h in cal.webhooks.list()]
    assert listed == [hook.id]
    updated = await cal.webhooks.update(hook.id, body={"triggers": ["MEETING_ENDED"]})
    assert updated.to_dict()["triggers"] == ["MEETING_ENDED"]


async def test_triggers_the_server_rejects_list_the_valid_ones(rcal: CalClient) -> None:
    with respx.mock(assert_all_called=False) as router:
        with pytest.raises(ValueError) as caught:
            await rcal.webhooks.create(subscriber_url="https://example.com/h", triggers=["BOOKING_CONFIRMED"])
        message = str(caught.value)
        assert "unknown webhook trigger(s) BOOKING_CONFIRMED" in message
        assert all(t in message for t in WEBHOOK_TRIGGERS) and len(WEBHOOK_TRIGGERS) == 18
        with pytest.raises(ValueError, match="BOOKING_COMPLETED"):
            await rcal.webhooks.create(
                body={"subscriberUrl": "https://e.com", "triggers": ["BOOKING_COMPLETED"], "active": True}
            )
        with pytest.raises(ValueError, match="UPPER_SNAKE_CASE"):
            await rcal.webhooks.update("id", body={"triggers": ["booking_created"]})
        with pytest.raises(ValueError, match="absolute http"):
            await rcal.webhooks.create(subscriber_url="example.com/h", triggers=["BOOKING_CREATED"])
    assert router.calls.call_count == 0


async def test_empty_and_newer_triggers_are_sent(rcal: CalClient) -> None:
    # webhook.input.ts: @IsArray() @IsEnum(WebhookTriggerEvents, {each: true}) accepts [] and
    # whatever the server's (growing) enum holds; a trigger the SDK does not know only warns.
    hook = {"id": "w1", "userId": 1, "subscriberUrl": "https://example.com/h", "active": True, "triggers": []}
    with respx.mock(base_url=API) as router:
        route = router.post("/v2/webhooks").respond(201, json={"status": "success", "data": hook})
        with warnings.catch_warnings():
            warnings.simplefilter("error", UnknownWebhookTriggerWarning)  # known ones do not warn
            await rcal.webhooks.create(subscriber_url="https://example.com/h", triggers=[])
            await rcal.webhooks.create(
                subscriber_url="https://example.com/h",
                triggers=[WebhookTrigger.BOOKING_PAID, "BOOKING_PAID", WebhookTrigger.MEETING_ENDED],
            )
        with pytest.warns(UnknownWebhookTriggerWarning, match="WRONG_ASSIGNMENT_REPORT is not one of the 18"):
            await rcal.webhooks.create(
                subscriber_url="https://example.com/h", triggers=["WRONG_ASSIGNMENT_REPORT", "BOOKING_PAID"]
            )
        with pytest.warns(UnknownWebhookTriggerWarning, match="did you mean MEETING_ENDED"):
            await rcal.webhooks.create(subscriber_url="https://example.com/h", triggers=["MEETING_ENDD"])
    sent = [json.loads(call.request.content)["triggers"] for call in route.calls]
    assert sent == [
        [],
        ["BOOKING_PAID", "MEETING_ENDED"],
        ["WRONG_ASSIGNMENT_REPORT", "BOOKING_PAID"],
        ["MEETING_ENDD"],
    ]
