"""Every datetime rule, checked before any request: respx fails the test on any unexpected call."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
import respx

from cal_async import CalClient
from cal_async._instants import parse_instant
from cal_async.resources import Attendee, EventTypeRef
from cal_async.resources._time import as_utc, day_bounds, iso_utc, zone, zone_name
from cal_async.types import CreateBookingAttendee

NAIVE = datetime(2030, 1, 7, 9, 0)
AWARE = datetime(2030, 1, 7, 9, 0, tzinfo=UTC)
ADA = Attendee("Ada", "Europe/London", email="ada@example.com")


@pytest.fixture
def no_requests() -> respx.MockRouter:
    """A router with no routes: any request the code under test sends fails loudly."""
    with respx.mock(assert_all_called=False) as router:
        yield router
    assert router.calls.call_count == 0


async def test_naive_datetimes_are_refused_everywhere(rcal: CalClient, no_requests: object) -> None:
    cases = [
        rcal.slots.available(1, NAIVE, AWARE + timedelta(days=1), time_zone="UTC"),
        rcal.slots.available(1, AWARE, NAIVE + timedelta(days=1), time_zone="UTC"),
        rcal.slots.check(1, NAIVE),
        rcal.slots.hold(1, NAIVE),
        rcal.bookings.book(1, NAIVE, ADA),
        rcal.bookings.book_first_available(1, NAIVE, AWARE + timedelta(days=1), ADA),
        rcal.bookings.reschedule("uid", NAIVE),
        rcal.calendars.busy_times(NAIVE, AWARE, time_zone="UTC", calendars=[]),
    ]
    for call in cases:
        with pytest.raises(ValueError, match="naive datetime"):
            await call
    with pytest.raises(ValueError, match="after_start is a naive datetime"):
        rcal.bookings.list(after_start=NAIVE)
    with pytest.raises(ValueError, match="before_end is a naive datetime"):
        rcal.orgs.teams.bookings.list(1, 2, before_end=NAIVE)


async def test_unknown_time_zones_are_refused(rcal: CalClient, no_requests: object) -> None:
    with pytest.raises(ValueError, match="unknown IANA time zone 'Mars/Olympus'"):
        await rcal.slots.available(1, date(2030, 1, 7), date(2030, 1, 8), time_zone="Mars/Olympus")
    with pytest.raises(ValueError, match="unknown IANA time zone"):
        await rcal.calendars.busy_times(AWARE, AWARE + timedelta(days=1), time_zone="Europe/Londn")
    with pytest.raises(ValueError, match="attendee time_zone: unknown IANA time zone"):
        Attendee("Ada", "EST5EDT/Nowhere", email="ada@example.com")
    with pytest.raises(ValueError, match="IANA"):
        zone("")
    # A fixed offset is not an IANA zone: the API would not know what to call it.
    with pytest.raises(ValueError, match="IANA zone"):
        zone_name(timezone(timedelta(hours=2)))


def test_zone_accepts_names_and_zoneinfo() -> None:
    assert zone_name("Asia/Tokyo") == "Asia/Tokyo"
    assert zone_name(ZoneInfo("Asia/Tokyo")) == "Asia/Tokyo"
    assert zone_name(UTC) == "UTC"


def test_dates_mean_whole_days_in_the_zone() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    lower, upper = day_bounds(date(2030, 1, 7), date(2030, 1, 7), tokyo)
    assert lower == datetime(2030, 1, 6, 15, 0, tzinfo=UTC)  # midnight in Tokyo
    assert upper == datetime(2030, 1, 7, 15, 0, tzinfo=UTC)  # the end date is included
    # After the spring change (31 March 2030) London midnight is 23:00 UTC the day before.
    assert as_utc(date(2030, 4, 1), "d", ZoneInfo("Europe/London")) == datetime(2030, 3, 31, 23, tzinfo=UTC)


def test_ranges_must_move_forward() -> None:
    with pytest.raises(ValueError, match="must be after start"):
        day_bounds(AWARE, AWARE, UTC)
    with pytest.raises(ValueError, match="must be after start"):
        day_bounds(date(2030, 1, 8), date(2030, 1, 6), UTC)


def test_wire_format_and_parsing() -> None:
    ny = ZoneInfo("America/New_York")
    assert iso_utc(datetime(2030, 1, 7, 4, 0, 0, 123456, tzinfo=ny)) == "2030-01-07T09:00:00.123Z"
    assert parse_instant("2030-01-07T09:00:00.000Z") == datetime(2030, 1, 7, 9, tzinfo=UTC)
    assert parse_instant("2030-01-07T09:00:00+01:00").utcoffset() == timedelta(hours=1)
    assert parse_instant("2030-01-07T09:00:00").tzinfo is UTC  # the server's bare times are UTC
    assert parse_instant("2030-01-07T09:00:00", bare_is_utc=False).tzinfo is None  # a caller's: refused
    with pytest.raises(ValueError):
        parse_instant("soon")


async def test_bad_arguments_fail_before_any_request(rcal: CalClient, no_requests: object) -> None:
    # A list call checks its arguments when called, not when the first page is fetched.
    with pytest.raises(ValueError, match="status must be one of upcoming, recurring, past, cancelled"):
        rcal.bookings.list(status=["upcoming", "done"])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="sort_start must be one of asc, desc; got 'up'"):
        rcal.bookings.list(sort_start="up")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"event_type_ids\[1\] must be a string, number"):
        rcal.bookings.list(event_type_ids=[1, None])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="duration"):
        await rcal.slots.available(1, AWARE, AWARE + timedelta(hours=1), time_zone="UTC", duration=0)
    with pytest.raises(ValueError, match="reserve=True needs the event type's numeric id"):
        await rcal.bookings.book(EventTypeRef.user("ada", "intro"), AWARE, ADA, reserve=True)
    with pytest.raises(ValueError, match="guest"):
        await rcal.bookings.book(1, AWARE, ADA, guests=["not-an-email"])
    with pytest.raises(ValueError, match="new start"):
        await rcal.bookings.reschedule("uid")
    with pytest.raises(ValueError, match="not both"):
        await rcal.bookings.cancel("uid", body={"cancellationReason": "x"}, reason="y")
    with pytest.raises(ValueError, match="attempts"):
        await rcal.bookings.book_first_available(1, AWARE, AWARE + timedelta(days=1), ADA, attempts=0)


def test_event_type_refs() -> None:
    assert EventTypeRef.by_id(7).fields() == {"eventTypeId": 7}
    assert EventTypeRef.user("ada", "intro").fields() == {"eventTypeSlug": "intro", "username": "ada"}
    assert EventTypeRef.team("sales", "demo", organization="acme").fields() == {
        "eventTypeSlug": "demo",
        "teamSlug": "sales",
        "organizationSlug": "acme",
    }
    for bad in (
        lambda: EventTypeRef(),
        lambda: EventTypeRef(id=0),
        lambda: EventTypeRef(id=1, slug="x"),
        lambda: EventTypeRef(slug="x", username="a", team_slug="t"),
        lambda: EventTypeRef.user("", "x"),
    ):
        with pytest.raises(ValueError):
            bad()


def test_attendee_rules() -> None:
    # One attendee type: Attendee is the API's CreateBookingAttendee, built positionally and checked.
    assert isinstance(ADA, CreateBookingAttendee)
    assert ADA.to_dict() == {"name": "Ada", "timeZone": "Europe/London", "email": "ada@example.com"}
    assert Attendee("Bo", "UTC", phone_number="+441234").to_dict() == {
        "name": "Bo",
        "timeZone": "UTC",
        "phoneNumber": "+441234",
    }
    with pytest.raises(ValueError, match="email or a phone_number"):
        Attendee("Ada", "UTC")
    with pytest.raises(ValueError, match="not an email"):
        Attendee("Ada", "UTC", email="ada")
    with pytest.raises(ValueError, match="name"):
        Attendee(" ", "UTC", email="a@b.c")
