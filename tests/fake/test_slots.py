"""Slot arithmetic: schedule hours in the schedule's zone, DST-correct, minus bookings, shown in the
requested zone and keyed by the requested zone's day."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from fake_support import SLOTS, book, slot_starts

from cal_async.testing import FakeCal

EVERY_DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def every_day(start: str, end: str) -> list[dict[str, object]]:
    return [{"days": EVERY_DAY, "startTime": start, "endTime": end}]


async def test_utc_schedule_shown_in_other_zones(http: httpx.AsyncClient, fake: FakeCal) -> None:
    et = fake.add_event_type(slug="hour", length=60)
    day = {"eventTypeId": et.id, "start": "2025-10-21T00:00:00Z", "end": "2025-10-21T23:59:59Z"}
    utc = await slot_starts(http, **day)
    assert utc == {"2025-10-21": [f"2025-10-21T{h:02d}:00:00.000Z" for h in range(9, 17)]}
    tokyo = await slot_starts(http, **day, timeZone="Asia/Tokyo")
    # 09:00Z..16:00Z is 18:00..01:00 in Tokyo: the last slot falls on the next Tokyo day.
    assert tokyo == {
        "2025-10-21": [f"2025-10-21T{h}:00:00.000+09:00" for h in range(18, 24)],
        "2025-10-22": ["2025-10-22T00:00:00.000+09:00", "2025-10-22T01:00:00.000+09:00"],
    }
    ny = await slot_starts(http, **day, timeZone="America/New_York")
    assert ny["2025-10-21"][0] == "2025-10-21T05:00:00.000-04:00"


async def test_schedule_in_its_own_zone(http: httpx.AsyncClient, fake: FakeCal) -> None:
    sched = fake.add_schedule(time_zone="Asia/Kolkata", availability=every_day("09:00", "11:00"))
    et = fake.add_event_type(slug="ist", length=30, schedule=sched)
    got = await slot_starts(http, eventTypeId=et.id, start="2025-10-21T00:00:00Z", end="2025-10-21T12:00:00Z")
    assert got == {"2025-10-21": ["2025-10-21T03:30:00.000Z", "2025-10-21T04:00:00.000Z",
                                  "2025-10-21T04:30:00.000Z", "2025-10-21T05:00:00.000Z"]}  # fmt: skip


async def test_bare_dates_cover_the_whole_day_in_the_requested_zone(
    http: httpx.AsyncClient, fake: FakeCal
) -> None:
    et = fake.add_event_type(slug="hour", length=60)
    got = await slot_starts(
        http, eventTypeId=et.id, start="2025-10-22", end="2025-10-22", timeZone="Asia/Tokyo"
    )
    # Tokyo's 22 Oct is 21 Oct 15:00Z .. 22 Oct 15:00Z: the tail of the 21st's hours and most of the 22nd's.
    assert list(got) == ["2025-10-22"]
    assert got["2025-10-22"][0] == "2025-10-22T00:00:00.000+09:00"  # 21 Oct 15:00Z
    assert got["2025-10-22"][-1] == "2025-10-22T23:00:00.000+09:00"  # 22 Oct 14:00Z


async def test_new_york_fall_back_2025_11_02(http: httpx.AsyncClient, fake: FakeCal) -> None:
    sched = fake.add_schedule(time_zone="America/New_York", availability=every_day("09:00", "10:00"))
    et = fake.add_event_type(slug="ny", length=60, schedule=sched)
    got = await slot_starts(
        http, eventTypeId=et.id, start="2025-11-01", end="2025-11-03", timeZone="America/New_York"
    )
    # Same wall time every day; the UTC instant moves by an hour across the transition.
    assert got == {
        "2025-11-01": ["2025-11-01T09:00:00.000-04:00"],
        "2025-11-02": ["2025-11-02T09:00:00.000-05:00"],
        "2025-11-03": ["2025-11-03T09:00:00.000-05:00"],
    }
    utc = await slot_starts(http, eventTypeId=et.id, start="2025-11-01", end="2025-11-03T23:59:59Z")
    assert [v[0] for v in utc.values()] == [
        "2025-11-01T13:00:00.000Z", "2025-11-02T14:00:00.000Z", "2025-11-03T14:00:00.000Z"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("time_zone", "night", "starts"),
    [
        # 00:00-04:00 on the fall-back night is five real hours: 01:00 happens twice.
        (
            "America/New_York",
            "2025-11-02",
            [
                "2025-11-02T00:00:00.000-04:00",
                "2025-11-02T01:00:00.000-04:00",
                "2025-11-02T01:00:00.000-05:00",
                "2025-11-02T02:00:00.000-05:00",
                "2025-11-02T03:00:00.000-05:00",
            ],
        ),
        # On the spring-forward night it is three: 02:00 never happens.
        (
            "Europe/Berlin",
            "2025-03-30",
            [
                "2025-03-30T00:00:00.000+01:00",
                "2025-03-30T01:00:00.000+01:00",
                "2025-03-30T03:00:00.000+02:00",
            ],
        ),
    ],
)
async def test_a_night_across_a_clock_change_has_its_real_hours(
    http: httpx.AsyncClient, fake: FakeCal, time_zone: str, night: str, starts: list[str]
) -> None:
    fake.freeze_time(datetime.fromisoformat(night).replace(tzinfo=UTC) - timedelta(days=20))  # ahead of us
    sched = fake.add_schedule(
        time_zone=time_zone, availability=[{"days": ["Sunday"], "startTime": "00:00", "endTime": "04:00"}]
    )
    et = fake.add_event_type(slug="night", length=60, schedule=sched)
    got = await slot_starts(http, eventTypeId=et.id, start=night, end=night, timeZone=time_zone)
    assert got == {night: starts}


async def test_berlin_fall_back_2025_10_26_seen_from_utc_and_new_york(
    http: httpx.AsyncClient, fake: FakeCal
) -> None:
    sched = fake.add_schedule(time_zone="Europe/Berlin", availability=every_day("09:00", "10:00"))
    et = fake.add_event_type(slug="berlin", length=30, schedule=sched)
    got = await slot_starts(http, eventTypeId=et.id, start="2025-10-25", end="2025-10-27T23:59:59Z")
    assert got == {
        "2025-10-25": ["2025-10-25T07:00:00.000Z", "2025-10-25T07:30:00.000Z"],  # CEST, UTC+2
        "2025-10-26": ["2025-10-26T08:00:00.000Z", "2025-10-26T08:30:00.000Z"],  # CET, UTC+1
        "2025-10-27": ["2025-10-27T08:00:00.000Z", "2025-10-27T08:30:00.000Z"],
    }
    # New York is still on EDT that week: the Berlin change alone moves the New York wall time.
    ny = await slot_starts(
        http, eventTypeId=et.id, start="2025-10-25", end="2025-10-26T23:59:59Z", timeZone="America/New_York"
    )
    assert ny["2025-10-25"][0] == "2025-10-25T03:00:00.000-04:00"
    assert ny["2025-10-26"][0] == "2025-10-26T04:00:00.000-04:00"


async def test_bookings_remove_overlapping_slots_and_range_format(
    http: httpx.AsyncClient, fake: FakeCal
) -> None:
    et = fake.add_event_type(slug="half", length=30)
    other = fake.add_event_type(slug="hour", length=60)
    assert (await book(http, other.id, "2025-10-21T10:00:00Z")).status_code == 201
    response = await http.get(
        "/v2/slots",
        params={
            "eventTypeId": et.id,
            "start": "2025-10-21T09:00:00Z",
            "end": "2025-10-21T11:30:00Z",
            "format": "range",
        },
        headers=SLOTS,
    )
    # A booking of any of the host's event types blocks them all.
    assert response.json()["data"] == {
        "2025-10-21": [
            {"start": "2025-10-21T09:00:00.000Z", "end": "2025-10-21T09:30:00.000Z"},
            {"start": "2025-10-21T09:30:00.000Z", "end": "2025-10-21T10:00:00.000Z"},
            {"start": "2025-10-21T11:00:00.000Z", "end": "2025-10-21T11:30:00.000Z"},
            {"start": "2025-10-21T11:30:00.000Z", "end": "2025-10-21T12:00:00.000Z"},
        ]
    }


async def test_cancelled_booking_frees_its_slot(http: httpx.AsyncClient, fake: FakeCal) -> None:
    et = fake.add_event_type(slug="hour", length=60)
    uid = (await book(http, et.id, "2025-10-21T10:00:00Z")).json()["data"]["uid"]
    window = {"eventTypeId": et.id, "start": "2025-10-21T10:00:00Z", "end": "2025-10-21T10:00:00Z"}
    assert await slot_starts(http, **window) == {}
    await http.post(
        f"/v2/bookings/{uid}/cancel",
        json={"cancellationReason": "x"},
        headers={"cal-api-version": "2024-08-13"},
    )
    assert await slot_starts(http, **window) == {"2025-10-21": ["2025-10-21T10:00:00.000Z"]}


async def test_interval_duration_and_minimum_notice(http: httpx.AsyncClient, fake: FakeCal) -> None:
    et = fake.add_event_type(slug="i", length=30, slot_interval=15, minimum_booking_notice=120)
    # Now is 08:00Z; two hours' notice hides everything before 10:00Z.
    got = await slot_starts(http, eventTypeId=et.id, start="2025-10-20T00:00:00Z", end="2025-10-20T10:30:00Z")
    assert got == {
        "2025-10-20": ["2025-10-20T10:00:00.000Z", "2025-10-20T10:15:00.000Z", "2025-10-20T10:30:00.000Z"]
    }
    varied = fake.add_event_type(slug="v", length=30, length_options=(30, 90))
    got = await slot_starts(
        http, eventTypeId=varied.id, start="2025-10-21T14:00:00Z", end="2025-10-21T23:00:00Z", duration=90
    )
    # 90-minute slots step by 90 from 09:00: 09:00, 10:30, 12:00, 13:30, 15:00 (ends 16:30).
    assert got == {"2025-10-21": ["2025-10-21T15:00:00.000Z"]}


async def test_after_buffer_keeps_the_next_slot_free(http: httpx.AsyncClient, fake: FakeCal) -> None:
    et = fake.add_event_type(slug="buffered", length=30, after_buffer=30)
    assert (await book(http, et.id, "2025-10-21T10:00:00Z")).status_code == 201
    got = await slot_starts(http, eventTypeId=et.id, start="2025-10-21T09:00:00Z", end="2025-10-21T11:30:00Z")
    assert got == {
        "2025-10-21": ["2025-10-21T09:00:00.000Z", "2025-10-21T11:00:00.000Z", "2025-10-21T11:30:00.000Z"]
    }


async def test_date_override_replaces_the_day(http: httpx.AsyncClient, fake: FakeCal) -> None:
    sched = fake.add_schedule(overrides=[{"date": "2025-10-22", "startTime": "12:00", "endTime": "13:00"}])
    et = fake.add_event_type(slug="o", length=60, schedule=sched)
    got = await slot_starts(http, eventTypeId=et.id, start="2025-10-22", end="2025-10-22")
    assert got == {"2025-10-22": ["2025-10-22T12:00:00.000Z"]}


async def test_lookup_by_slug_and_username(anon: httpx.AsyncClient, fake: FakeCal) -> None:
    host = fake.add_user("grace", time_zone="Europe/London")
    et = fake.add_event_type(host, slug="coffee", length=60)
    by_slug = await slot_starts(
        anon, eventTypeSlug="coffee", username="grace", start="2025-10-21", end="2025-10-21"
    )
    by_id = await slot_starts(anon, eventTypeId=et.id, start="2025-10-21", end="2025-10-21")
    assert by_slug == by_id and by_slug["2025-10-21"][0] == "2025-10-21T08:00:00.000Z"  # 09:00 BST
    missing = await anon.get(
        "/v2/slots",
        params={"eventTypeSlug": "nope", "username": "grace", "start": "2025-10-21", "end": "2025-10-21"},
        headers=SLOTS,
    )
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "NotFoundException"


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"startTime": "2025-10-21", "endTime": "2025-10-22"}, "property startTime should not exist"),
        (
            {"start": "2025-10-21", "end": "2025-10-22", "timeZone": "Mars/Olympus"},
            "timeZone must be a valid IANA time-zone",
        ),
        ({"end": "2025-10-22"}, "start must be a valid ISO 8601 date string"),
    ],
)
async def test_bad_queries_are_400_with_one_flat_message(
    http: httpx.AsyncClient, fake: FakeCal, params: dict[str, str], message: str
) -> None:
    et = fake.add_event_type(slug="x", length=30)
    response = await http.get("/v2/slots", params={"eventTypeId": et.id, **params}, headers=SLOTS)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "BadRequestException" and isinstance(error["message"], str)
    assert message in error["message"]


async def test_missing_version_is_404_cannot_get(http: httpx.AsyncClient, fake: FakeCal) -> None:
    et = fake.add_event_type(slug="x", length=30)
    for headers in ({}, {"cal-api-version": "2024-08-13"}, {"cal-api-version": "2099-01-01"}):
        response = await http.get(
            "/v2/slots",
            params={"eventTypeId": et.id, "start": "2025-10-21", "end": "2025-10-21"},
            headers=headers,
        )
        assert response.status_code == 404
        assert response.json()["error"]["message"] == "Cannot GET /v2/slots"
