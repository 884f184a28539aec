"""Current user, organization teams and their event types and bookings, calendars and busy times,
and the wiring of the extended resources."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import pytest
import respx

from cal_async import CalClient, TeamNotFoundError
from cal_async.resources import BusyTime, CalendarRef, TeamHost
from cal_async.testing import FakeCal
from tests.fresh_process import modules_loaded
from tests.helpers.support import API


def ok(data: object, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json={"status": "success", "data": data})


async def test_current_user(fake: FakeCal, cal: CalClient) -> None:
    me = await cal.me.get()
    assert (me.username, me.email) == (fake.user.username, fake.user.email)


@respx.mock
async def test_organization_teams_and_lookup_by_slug(rcal: CalClient) -> None:
    teams = [
        {"id": 3, "name": "Sales", "slug": "sales", "isOrganization": False},
        {"id": 4, "name": "Ops", "slug": "ops", "isOrganization": False},
    ]
    respx.get(f"{API}/v2/organizations/1/teams").mock(return_value=ok(teams))
    assert [t.name for t in await rcal.orgs.teams.list(1)] == ["Sales", "Ops"]
    assert (await rcal.orgs.teams.by_slug(1, "ops")).id == 4
    with pytest.raises(TeamNotFoundError, match="no team with slug 'hr'"):
        await rcal.orgs.teams.by_slug(1, "hr")


@respx.mock
async def test_team_event_types_list_and_create_collective_and_round_robin(rcal: CalClient) -> None:
    route = respx.post(f"{API}/v2/organizations/1/teams/3/event-types").mock(
        side_effect=lambda request: ok({"id": 10, **json.loads(request.content)}, 201)
    )
    listed = respx.get(f"{API}/v2/organizations/1/teams/3/event-types").mock(
        return_value=ok([{"id": 10, "slug": "panel"}])
    )
    collective = await rcal.orgs.teams.event_types.create_with_hosts(
        1, 3, scheduling="COLLECTIVE", title="Panel", slug="panel", length_in_minutes=45, hosts=[11, 12]
    )
    assert collective["schedulingType"] == "collective"
    sent = json.loads(route.calls.last.request.content)
    assert sent["hosts"] == [{"userId": 11, "mandatory": False}, {"userId": 12, "mandatory": False}]
    await rcal.orgs.teams.event_types.create_with_hosts(
        1,
        3,
        scheduling="ROUND_ROBIN",
        title="Demo",
        slug="demo",
        length_in_minutes=30,
        hosts=[TeamHost(11, priority="high"), TeamHost(12, mandatory=True)],
    )
    sent = json.loads(route.calls.last.request.content)
    assert sent["schedulingType"] == "roundRobin"
    assert sent["hosts"] == [
        {"userId": 11, "mandatory": False, "priority": "high"},
        {"userId": 12, "mandatory": True},
    ]
    await rcal.orgs.teams.event_types.create_with_hosts(
        1,
        3,
        scheduling="ROUND_ROBIN",
        title="All",
        slug="all",
        length_in_minutes=30,
        assign_all_team_members=True,
    )
    sent = json.loads(route.calls.last.request.content)
    assert sent["assignAllTeamMembers"] is True and "hosts" not in sent
    assert [e["slug"] for e in await rcal.orgs.teams.event_types.list(1, 3)] == ["panel"] and listed.called
    for call, message in (
        (lambda: TeamHost(0), "positive user id"),
        (lambda: TeamHost(1, priority="urgent"), "priority must be one of"),
    ):
        with pytest.raises(ValueError, match=message):
            call()
    with pytest.raises(ValueError, match="only applies to ROUND_ROBIN"):
        await rcal.orgs.teams.event_types.create_with_hosts(
            1,
            3,
            scheduling="COLLECTIVE",
            title="x",
            slug="x",
            length_in_minutes=30,
            hosts=[TeamHost(1, priority="low")],
        )
    with pytest.raises(ValueError, match="name the hosts"):
        await rcal.orgs.teams.event_types.create_with_hosts(
            1, 3, scheduling="ROUND_ROBIN", title="x", slug="x", length_in_minutes=30
        )
    assert route.call_count == 3


@respx.mock
async def test_team_bookings_list_with_datetime_filters(rcal: CalClient) -> None:
    route = respx.get(f"{API}/v2/organizations/1/teams/3/bookings").mock(return_value=ok([]))
    page = await rcal.orgs.teams.bookings.list(
        1,
        3,
        status="upcoming",
        event_type_id=10,
        after_start=datetime(2030, 1, 7, tzinfo=ZoneInfo("Asia/Tokyo")),
        take=5,
    )
    assert page.items == []
    params = route.calls.last.request.url.params
    assert params.get_list("status") == ["upcoming"] and params["eventTypeId"] == "10"
    assert params["afterStart"] == "2030-01-06T15:00:00.000Z" and params["take"] == "5"


CONNECTED = {
    "connectedCalendars": [
        {
            "integration": {"type": "google_calendar", "title": "Google"},
            "credentialId": 135,
            "calendars": [
                {"externalId": "ada@example.com", "isSelected": True, "readOnly": False, "credentialId": 135},
                {"externalId": "holidays@google", "isSelected": False, "readOnly": True, "credentialId": 135},
            ],
        }
    ],
    "destinationCalendar": {"id": 1, "integration": "google_calendar", "externalId": "ada@example.com"},
}


@respx.mock
async def test_connected_calendars_and_busy_times(rcal: CalClient) -> None:
    respx.get(f"{API}/v2/calendars").mock(return_value=ok(CONNECTED))
    busy = respx.get(f"{API}/v2/calendars/busy-times").mock(
        return_value=ok(
            [
                {"start": "2030-01-07T15:00:00.000Z", "end": "2030-01-07T16:00:00.000Z", "source": "google"},
                {"start": "2030-01-07T10:00:00.000Z", "end": "2030-01-07T10:30:00.000Z"},
            ]
        )
    )
    connected = await rcal.calendars.get()
    assert connected.to_dict()["connectedCalendars"][0]["credentialId"] == 135
    times = await rcal.calendars.busy_times(date(2030, 1, 7), date(2030, 1, 8), time_zone="America/Chicago")
    params = busy.calls.last.request.url.params
    assert dict(params) == {
        "loggedInUsersTz": "America/Chicago",
        "dateFrom": "2030-01-07",
        "dateTo": "2030-01-08",
        "calendarsToLoad[0][credentialId]": "135",
        "calendarsToLoad[0][externalId]": "ada@example.com",
    }
    chicago = ZoneInfo("America/Chicago")
    assert times == [
        BusyTime(
            datetime(2030, 1, 7, 10, tzinfo=UTC).astimezone(chicago),
            datetime(2030, 1, 7, 10, 30, tzinfo=UTC).astimezone(chicago),
        ),
        BusyTime(
            datetime(2030, 1, 7, 15, tzinfo=UTC).astimezone(chicago),
            datetime(2030, 1, 7, 16, tzinfo=UTC).astimezone(chicago),
            "google",
        ),
    ]
    assert times[0].start.tzinfo == chicago
    explicit = [CalendarRef(1, "a@x.com"), CalendarRef(2, "b@y.com")]
    start = datetime(2030, 1, 7, 9, tzinfo=UTC)
    await rcal.calendars.busy_times(start, start + timedelta(hours=8), time_zone="UTC", calendars=explicit)
    params = busy.calls.last.request.url.params
    assert (
        params["calendarsToLoad[1][externalId]"] == "b@y.com"
        and params["dateFrom"] == "2030-01-07T09:00:00.000Z"
    )
    assert (
        await rcal.calendars.busy_times(start, start + timedelta(hours=1), time_zone="UTC", calendars=[])
        == []
    )
    assert busy.call_count == 2  # no calendar: nothing to ask


def test_import_cal_async_does_not_load_the_helpers() -> None:
    # The import benchmark: helpers load with the first property access, not with the package.
    code = "import cal_async; cal_async.CalClient(api_key='cal_' + '0' * 32)"
    assert modules_loaded(code, "cal_async.resources") == []


async def test_team_flow_against_the_fake(fake: FakeCal, cal: CalClient) -> None:
    """The README's team flow end to end: an organization team, a ROUND_ROBIN event type with a
    preferred host, slots and a booking by team slug, the team's bookings; and a plain team's
    event type by slug (``team_by_slug`` without ``org_id``)."""
    from cal_async.resources import Attendee, EventTypeRef, TeamHost

    org = fake.add_org("acme", admins=[fake.user])
    ann, ben = fake.add_user("ann"), fake.add_user("ben")
    team = fake.add_team(org, "sales", members=[ann, ben])
    found = await cal.orgs.teams.by_slug(org.id, "sales")
    demo = await cal.orgs.teams.event_types.create_with_hosts(
        org.id,
        found.id,
        scheduling="ROUND_ROBIN",
        title="Demo",
        slug="demo",
        length_in_minutes=30,
        hosts=[TeamHost(ben.id, priority="high"), TeamHost(ann.id)],
    )
    assert (await cal.event_types.team_by_slug("demo", team_id=team.id, org_id=org.id)).id == demo.id
    ref = EventTypeRef.team("sales", "demo", organization="acme")
    slots = await cal.slots.available(ref, date(2030, 1, 7), date(2030, 1, 7), time_zone="Europe/Paris")
    booked = await cal.bookings.book(ref, slots[0], Attendee("Ada", "Europe/Paris", email="ada@example.com"))
    assert booked.host_emails == (ben.email,)
    assert [b.uid async for b in cal.orgs.teams.bookings.list(org.id, team.id)] == [booked.uid]
    plain = fake.add_team(None, "support", members=[ann])
    fake.add_team_event_type(plain, slug="help", hosts=[ann], scheduling_type="COLLECTIVE")
    assert (await cal.event_types.team_by_slug("help", team_id=plain.id)).slug == "help"
