"""Organizations, teams and team event types; connected calendars and busy times; seated event types.

Every success body is checked against the spec by the ``http``/``anon`` fixtures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from fake_support import BOOKINGS, SLOTS, attendee, slot_starts

from cal_async.testing import FakeCal, StoredOrganization, StoredTeam, StoredTeamHost, StoredUser


@pytest.fixture
def people(fake: FakeCal) -> list[StoredUser]:
    return [fake.add_user(name) for name in ("ann", "ben")]


@pytest.fixture
def org(fake: FakeCal) -> StoredOrganization:
    return fake.add_org("acme", admins=[fake.user])


@pytest.fixture
def team(fake: FakeCal, org: StoredOrganization, people: list[StoredUser]) -> StoredTeam:
    return fake.add_team(org, "sales", members=people)


DAY = {"start": "2025-10-21T09:00:00Z", "end": "2025-10-21T11:00:00Z"}


# --- guards (apps/api/v2/src/modules/auth/guards/: organizations/is-org.guard.ts, roles/roles.guard.ts,
# teams/is-team-in-org.guard.ts) ------------------------------------------------------------------


async def test_org_guards_answer_as_the_server(
    http: httpx.AsyncClient,
    fake: FakeCal,
    org: StoredOrganization,
    team: StoredTeam,
    people: list[StoredUser],
) -> None:
    listed = await http.get(f"/v2/organizations/{org.id}/teams")
    assert [t["slug"] for t in listed.json()["data"]] == ["sales"]
    # IsOrgGuard returns false for an id that is not an organization: Nest's bare "Forbidden resource".
    not_org = await http.get(f"/v2/organizations/{team.id}/teams")
    assert (not_org.status_code, not_org.json()["error"]["message"]) == (403, "Forbidden resource")
    missing = await http.get(f"/v2/organizations/{org.id}/teams/999999/event-types")
    assert missing.status_code == 404
    assert missing.json()["error"]["message"] == "IsTeamInOrg - Team (999999) not found."
    other_org = fake.add_org("globex")
    elsewhere = fake.add_team(other_org, "ops")
    foreign = await http.get(f"/v2/organizations/{org.id}/teams/{elsewhere.id}/event-types")
    assert foreign.status_code == 403
    assert foreign.json()["error"]["message"] == (
        f"IsTeamInOrg - Team with id={elsewhere.id} is not part of the organization with id={org.id}."
    )
    async with fake.http_client(api_key=fake.add_api_key(fake.add_user("eve")).key) as stranger:
        denied = await stranger.get(f"/v2/organizations/{org.id}/teams")
        assert denied.status_code == 403
        assert denied.json()["error"]["message"] == (
            f"RolesGuard - User is not a member of the organization with id={org.id}."
        )
    async with fake.http_client(api_key=fake.add_api_key(people[0]).key) as member:
        create = await member.post(
            f"/v2/organizations/{org.id}/teams/{team.id}/event-types",
            json={
                "title": "x",
                "slug": "x",
                "lengthInMinutes": 30,
                "schedulingType": "collective",
                "hosts": [],
            },
        )
        assert create.status_code == 403
        assert "does not have the minimum required role=TEAM_ADMIN" in create.json()["error"]["message"]


async def test_memberships(
    http: httpx.AsyncClient, fake: FakeCal, org: StoredOrganization, team: StoredTeam
) -> None:
    members = await http.get(f"/v2/organizations/{org.id}/teams/{team.id}/memberships")
    assert {m["user"]["username"] for m in members.json()["data"]} == {"ann", "ben"}
    cy = fake.add_user("cy")
    not_in_org = await http.post(
        f"/v2/organizations/{org.id}/teams/{team.id}/memberships", json={"userId": cy.id, "role": "MEMBER"}
    )
    assert not_in_org.status_code == 422
    fake.add_member(org, cy)
    added = await http.post(
        f"/v2/organizations/{org.id}/teams/{team.id}/memberships", json={"userId": cy.id, "role": "ADMIN"}
    )
    assert added.status_code == 201 and added.json()["data"]["role"] == "ADMIN"
    org_members = await http.get(f"/v2/organizations/{org.id}/memberships")
    assert {m["userId"] for m in org_members.json()["data"]} >= {fake.user.id, cy.id}


# --- team event types -----------------------------------------------------------------------------


async def _create(
    http: httpx.AsyncClient, org: StoredOrganization, team: StoredTeam, **body: object
) -> dict[str, object]:
    response = await http.post(
        f"/v2/organizations/{org.id}/teams/{team.id}/event-types",
        json={"lengthInMinutes": 60, **body},
    )
    assert response.status_code == 201, response.text
    data: dict[str, object] = response.json()["data"]
    return data


async def test_collective_slots_need_every_host(
    http: httpx.AsyncClient,
    anon: httpx.AsyncClient,
    fake: FakeCal,
    org: StoredOrganization,
    team: StoredTeam,
    people: list[StoredUser],
) -> None:
    ann, ben = people
    panel = await _create(
        http, org, team, title="Panel", slug="panel", schedulingType="collective",
        hosts=[{"userId": ann.id}, {"userId": ben.id}],
    )  # fmt: skip
    assert panel["schedulingType"] == "collective" and panel["teamId"] == team.id
    assert [h["username"] for h in panel["hosts"]] == ["ann", "ben"]  # type: ignore[attr-defined]
    fake.add_calendar(
        ben, busy=[(datetime(2025, 10, 21, 9, tzinfo=UTC), datetime(2025, 10, 21, 10, tzinfo=UTC))]
    )
    by_slug = {"teamSlug": "sales", "eventTypeSlug": "panel", "organizationSlug": "acme", **DAY}
    assert await slot_starts(anon, **by_slug) == {
        "2025-10-21": ["2025-10-21T10:00:00.000Z", "2025-10-21T11:00:00.000Z"]
    }
    booked = await anon.post(
        "/v2/bookings",
        headers=BOOKINGS,
        json={"teamSlug": "sales", "eventTypeSlug": "panel", "organizationSlug": "acme",
              "start": "2025-10-21T10:00:00Z", "attendee": attendee()},
    )  # fmt: skip
    assert booked.status_code == 201, booked.text
    assert [h["username"] for h in booked.json()["data"]["hosts"]] == ["ann", "ben"]
    # ErrorsBookingsService_2024_08_13.handleBookingError: a team event type's own message.
    busy = await anon.post(
        "/v2/bookings", headers=BOOKINGS,
        json={"eventTypeId": panel["id"], "start": "2025-10-21T09:00:00Z", "attendee": attendee()},
    )  # fmt: skip
    assert busy.json()["error"]["message"] == (
        "One of the hosts either already has booking at this time or is not available"
    )
    unknown = await anon.get(
        "/v2/slots", headers=SLOTS, params={"teamSlug": "sales", "eventTypeSlug": "nope", **DAY}
    )
    assert unknown.status_code == 404


async def test_round_robin_assigns_one_free_host_by_priority(
    http: httpx.AsyncClient,
    anon: httpx.AsyncClient,
    org: StoredOrganization,
    team: StoredTeam,
    people: list[StoredUser],
) -> None:
    ann, ben = people
    demo = await _create(
        http, org, team, title="Demo", slug="demo", schedulingType="roundRobin",
        hosts=[{"userId": ann.id, "priority": "low"}, {"userId": ben.id, "priority": "highest"}],
    )  # fmt: skip
    assert demo["schedulingType"] == "roundRobin"
    body = {"eventTypeId": demo["id"], "start": "2025-10-21T09:00:00Z"}
    first = await anon.post("/v2/bookings", headers=BOOKINGS, json={**body, "attendee": attendee()})
    assert [h["username"] for h in first.json()["data"]["hosts"]] == ["ben"]  # highest priority
    # The slot stays offered while one host is free; the second booking gets the other host.
    assert (
        "2025-10-21T09:00:00.000Z" in (await slot_starts(anon, eventTypeId=demo["id"], **DAY))["2025-10-21"]
    )
    second = await anon.post(
        "/v2/bookings", headers=BOOKINGS, json={**body, "attendee": attendee("Bo", "bo@x.io")}
    )
    assert [h["username"] for h in second.json()["data"]["hosts"]] == ["ann"]
    assert (
        "2025-10-21T09:00:00.000Z"
        not in (await slot_starts(anon, eventTypeId=demo["id"], **DAY))["2025-10-21"]
    )
    team_bookings = await http.get(f"/v2/organizations/{org.id}/teams/{team.id}/bookings")
    assert len(team_bookings.json()["data"]) == 2
    assert team_bookings.json()["pagination"]["totalItems"] == 2


def test_seeding_a_team_event_type(fake: FakeCal, team: StoredTeam, people: list[StoredUser]) -> None:
    et = fake.add_team_event_type(
        team,
        slug="demo",
        scheduling_type="ROUND_ROBIN",
        hosts=[StoredTeamHost(people[0].id, priority="high"), people[1]],
    )
    assert et.host_ids == (people[0].id, people[1].id)
    with pytest.raises(ValueError, match="COLLECTIVE or ROUND_ROBIN"):
        fake.add_team_event_type(team, slug="x", scheduling_type="MANAGED", hosts=people)


# --- calendars (busy-times.input.ts: calendarsToLoad[i][credentialId|externalId]) -----------------


async def test_connected_calendars_and_busy_times(http: httpx.AsyncClient, fake: FakeCal) -> None:
    busy = (datetime(2025, 10, 21, 13, tzinfo=UTC), datetime(2025, 10, 21, 14, tzinfo=UTC))
    work = fake.add_calendar(external_id="work@example.com", busy=[busy])
    fake.add_calendar(
        external_id="home@example.com",
        selected=False,
        busy=[(busy[0] + timedelta(days=1), busy[1] + timedelta(days=1))],
    )
    connected = (await http.get("/v2/calendars")).json()["data"]
    calendars = connected["connectedCalendars"]
    assert [c["externalId"] for entry in calendars for c in entry["calendars"]] == [
        "work@example.com",
        "home@example.com",
    ]
    assert connected["destinationCalendar"]["externalId"] == "work@example.com"
    query = {
        "loggedInUsersTz": "Europe/Paris", "dateFrom": "2025-10-20", "dateTo": "2025-10-24",
        "calendarsToLoad[0][credentialId]": str(work.credential_id),
        "calendarsToLoad[0][externalId]": "work@example.com",
    }  # fmt: skip
    found = await http.get("/v2/calendars/busy-times", params=query)
    assert found.json()["data"] == [
        {"start": "2025-10-21T13:00:00.000Z", "end": "2025-10-21T14:00:00.000Z", "source": None}
    ]
    # The spec's top-level pair is not what the server reads: the whitelist rejects it.
    flat = {"loggedInUsersTz": "UTC", "dateFrom": "2025-10-20", "dateTo": "2025-10-24",
            "credentialId": str(work.credential_id), "externalId": "work@example.com"}  # fmt: skip
    rejected = await http.get("/v2/calendars/busy-times", params=flat)
    assert rejected.status_code == 400
    assert {e["property"] for e in rejected.json()["error"]["details"]["errors"]} == {
        "credentialId",
        "externalId",
    }
    # A selected calendar's busy time blocks the owner's slots; an unselected one does not.
    chat = fake.add_event_type(slug="chat", length=60)
    day = await slot_starts(http, eventTypeId=chat.id, start="2025-10-21", end="2025-10-22")
    assert "2025-10-21T13:00:00.000Z" not in day["2025-10-21"]
    assert "2025-10-22T13:00:00.000Z" in day["2025-10-22"]


# --- seats (slots-output.service.ts; bookings.service.ts; cancel/reschedule seated DTOs) ----------


async def test_seated_slots_bookings_and_seat_changes(anon: httpx.AsyncClient, fake: FakeCal) -> None:
    class_ = fake.add_event_type(slug="class", length=60, seats_per_time_slot=2)
    window = {"eventTypeId": class_.id, "start": "2025-10-21T09:00:00Z", "end": "2025-10-21T09:00:00Z"}
    empty = (await anon.get("/v2/slots", headers=SLOTS, params=window)).json()["data"]["2025-10-21"]
    assert empty == [
        {"start": "2025-10-21T09:00:00.000Z", "seatsBooked": 0, "seatsRemaining": 2, "seatsTotal": 2}
    ]
    body = {"eventTypeId": class_.id, "start": "2025-10-21T09:00:00Z"}
    first = (await anon.post("/v2/bookings", headers=BOOKINGS, json={**body, "attendee": attendee()})).json()[
        "data"
    ]
    second = (
        await anon.post(
            "/v2/bookings", headers=BOOKINGS, json={**body, "attendee": attendee("Bo", "bo@x.io")}
        )
    ).json()["data"]
    assert first["uid"] == second["uid"] and first["seatUid"] != second["seatUid"]
    assert [a["seatUid"] for a in second["attendees"]] == [first["seatUid"], second["seatUid"]]
    slots = (
        await anon.get("/v2/slots", headers=SLOTS, params={**window, "end": "2025-10-21T10:00:00Z"})
    ).json()
    assert slots["data"]["2025-10-21"][0]["start"] == "2025-10-21T10:00:00.000Z"  # 09:00 is full now
    full = await anon.post(
        "/v2/bookings", headers=BOOKINGS, json={**body, "attendee": attendee("Cy", "cy@x.io")}
    )
    assert (
        full.status_code == 409
        and full.json()["error"]["message"] == "No more seats left at this seated booking."
    )
    uid = first["uid"]
    # A body with seatUid is the seated DTO: no reason allowed (flattened by the pipe).
    with_reason = await anon.post(
        f"/v2/bookings/{uid}/cancel", headers=BOOKINGS,
        json={"seatUid": first["seatUid"], "cancellationReason": "Ill"},
    )  # fmt: skip
    assert with_reason.status_code == 400
    assert with_reason.json()["error"]["message"] == (
        "cancellationReason property is wrong,property cancellationReason should not exist "
    )
    moved = await anon.post(
        f"/v2/bookings/{uid}/reschedule", headers=BOOKINGS,
        json={"seatUid": second["seatUid"], "start": "2025-10-21T11:00:00Z", "reschedulingReason": "x"},
    )  # fmt: skip
    assert moved.json()["error"]["message"] == (
        "reschedulingReason property is wrong,property reschedulingReason should not exist "
    )
    moved = await anon.post(
        f"/v2/bookings/{uid}/reschedule", headers=BOOKINGS,
        json={"seatUid": second["seatUid"], "start": "2025-10-21T11:00:00Z"},
    )  # fmt: skip
    assert moved.status_code == 201 and moved.json()["data"]["seatUid"] == second["seatUid"]
    assert moved.json()["data"]["start"] == "2025-10-21T11:00:00.000Z"
    cancelled = await anon.post(
        f"/v2/bookings/{uid}/cancel", headers=BOOKINGS, json={"seatUid": first["seatUid"]}
    )
    assert cancelled.status_code == 200 and cancelled.json()["data"]["status"] == "cancelled"
    again = await anon.post(
        f"/v2/bookings/{uid}/cancel", headers=BOOKINGS, json={"seatUid": first["seatUid"]}
    )
    assert again.json()["error"]["message"] == (
        "Invalid seatUid: this seat does not exist or has already been cancelled."
    )


async def test_teams_outside_an_organization(
    http: httpx.AsyncClient, anon: httpx.AsyncClient, fake: FakeCal, people: list[StoredUser]
) -> None:
    team = fake.add_team(None, "support", members=people)
    fake.add_member(team, fake.user, role="ADMIN")
    created = await http.post(
        f"/v2/teams/{team.id}/event-types",
        json={"title": "Help", "slug": "help", "lengthInMinutes": 30, "schedulingType": "roundRobin",
              "assignAllTeamMembers": True},
    )  # fmt: skip
    assert created.status_code == 201, created.text
    assert len(created.json()["data"]["hosts"]) == 3
    # Listing a team's event types is public; the rest needs membership (RolesGuard).
    listed = await anon.get(f"/v2/teams/{team.id}/event-types", params={"eventSlug": "help"})
    assert [e["slug"] for e in listed.json()["data"]] == ["help"]
    assert [t["slug"] for t in (await http.get("/v2/teams")).json()["data"]] == ["support"]
    async with fake.http_client(api_key=fake.add_api_key(fake.add_user("eve")).key) as stranger:
        denied = await stranger.get(f"/v2/teams/{team.id}/memberships")
        assert denied.status_code == 403
        assert (
            denied.json()["error"]["message"]
            == f"RolesGuard - User is not a member of the team with id={team.id}."
        )
    by_slug = await slot_starts(anon, teamSlug="support", eventTypeSlug="help", **DAY)
    assert by_slug["2025-10-21"][0] == "2025-10-21T09:00:00.000Z"


async def test_a_seated_event_type_created_through_the_api(
    http: httpx.AsyncClient, anon: httpx.AsyncClient
) -> None:
    created = await http.post(
        "/v2/event-types",
        headers={"cal-api-version": "2024-06-14"},
        json={"title": "Class", "slug": "class", "lengthInMinutes": 60,
              "seats": {"seatsPerTimeSlot": 5, "showAttendeeInfo": False, "showAvailabilityCount": True}},
    )  # fmt: skip
    assert created.status_code == 201, created.text
    data = created.json()["data"]
    assert (data["seatsPerTimeSlot"], data["seats"]["seatsPerTimeSlot"]) == (5, 5)
    window = {"eventTypeId": data["id"], "start": "2025-10-21T09:00:00Z", "end": "2025-10-21T09:00:00Z"}
    (slot,) = (await anon.get("/v2/slots", headers=SLOTS, params=window)).json()["data"]["2025-10-21"]
    assert (slot["seatsTotal"], slot["seatsRemaining"]) == (5, 5)
