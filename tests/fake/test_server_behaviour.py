"""What clients must cope with: auth errors, version routing, request ids, rate limits, faults."""

from __future__ import annotations

import time
import uuid

import httpx
import pytest
from fake_support import BOOKINGS, EVENT_TYPES, SCHEDULES, book

from cal_async.testing import FakeCal

# --- auth -----------------------------------------------------------------------------------------


async def test_no_credentials_401_but_403_on_bookings_and_event_types(anon: httpx.AsyncClient) -> None:
    for path, headers in (("/v2/me", {}), ("/v2/webhooks", {}), ("/v2/schedules", SCHEDULES)):
        response = await anon.get(path, headers=headers)
        assert response.status_code == 401, path
        assert response.json()["error"]["code"] == "UnauthorizedException"
    for path, headers in (
        ("/v2/bookings", BOOKINGS),
        ("/v2/event-types", EVENT_TYPES),
        ("/v2/event-types/1", EVENT_TYPES),
    ):
        response = await anon.get(path, headers=headers)
        assert response.status_code == 403, path
        assert response.json()["error"]["code"] == "ForbiddenException"


async def test_unknown_api_key_on_every_route(fake: FakeCal) -> None:
    async with fake.http_client(api_key="cal_" + "0" * 32) as http:
        for method, path, headers in (
            ("GET", "/v2/me", {}),
            ("GET", "/v2/bookings", BOOKINGS),
            (
                "GET",
                "/v2/slots?eventTypeId=1&start=2025-10-21&end=2025-10-21",
                {"cal-api-version": "2024-09-04"},
            ),
        ):
            response = await http.request(method, path, headers=headers)
            assert response.status_code == 401
            assert response.json()["error"]["message"] == "CustomThrottlerGuard - Invalid API Key"


async def test_access_tokens_invalid_and_expired(fake: FakeCal) -> None:
    async with fake.http_client(api_key="eyJhbGciOi.not.a.real.jwt") as http:
        response = await http.get("/v2/me")
        assert (response.status_code, response.json()["error"]["message"]) == (401, "Invalid Access Token.")
    fake.expire_token("eyJ.expired")
    async with fake.http_client(api_key="eyJ.expired") as http:
        response = await http.get("/v2/me")
        assert response.status_code == 498
        assert response.json()["error"]["code"] == "TokenExpiredException"
        assert response.json()["error"]["message"] == "ACCESS_TOKEN_IS_EXPIRED"


async def test_other_users_keys_see_their_own_data(fake: FakeCal) -> None:
    grace = fake.add_user("grace", email="grace@example.com")
    key = fake.add_api_key(grace).key
    async with fake.http_client(api_key=key) as http:
        assert (await http.get("/v2/me")).json()["data"]["email"] == "grace@example.com"
        mine = fake.add_event_type(slug="mine")  # the default user's
        response = await http.get(f"/v2/event-types/{mine.id}", headers=EVENT_TYPES)
        assert response.status_code == 403


async def test_error_texts_are_the_servers(http: httpx.AsyncClient, anon: httpx.AsyncClient) -> None:
    """No credentials: ApiAuthStrategy's 401, or PermissionsGuard's 403 where a handler declares
    permissions (apps/api/v2/src/modules/auth/strategies/api-auth/api-auth.strategy.ts,
    apps/api/v2/src/modules/auth/guards/permissions/permissions.guard.ts). A bad status filter is
    GetBookingsInput_2024_08_13's own message, in details.errors[] (the global validation pipe)."""
    me = await anon.get("/v2/me")
    assert (me.status_code, me.json()["error"]["code"]) == (401, "UnauthorizedException")
    assert me.json()["error"]["message"].startswith("ApiAuthStrategy - No authentication method provided.")
    listing = await anon.get("/v2/bookings", headers=BOOKINGS)
    assert (listing.status_code, listing.json()["error"]["code"]) == (403, "ForbiddenException")
    assert listing.json()["error"]["message"].startswith("PermissionsGuard - no authentication provided.")
    bad = await http.get("/v2/bookings", params={"status": "upcoming,soon"}, headers=BOOKINGS)
    assert bad.status_code == 400 and bad.json()["error"]["message"] == "Bad Request Exception"
    (item,) = bad.json()["error"]["details"]["errors"]
    assert (item["property"], item["value"]) == ("status", ["upcoming", "soon"])
    assert item["constraints"] == {
        "isEnum": "Invalid status. Allowed are upcoming, recurring, past, cancelled, unconfirmed"
    }


async def test_slug_unique_per_owner(http: httpx.AsyncClient, fake: FakeCal) -> None:
    body = {"title": "Chat", "slug": "chat", "lengthInMinutes": 30}
    assert (await http.post("/v2/event-types", json=body, headers=EVENT_TYPES)).status_code == 201
    again = await http.post("/v2/event-types", json=body, headers=EVENT_TYPES)
    assert (again.status_code, again.json()["error"]["message"]) == (
        400,
        "User already has an event type with this slug.",
    )
    other = fake.add_user("other")
    async with fake.http_client(api_key=fake.add_api_key(other).key) as theirs:
        assert (await theirs.post("/v2/event-types", json=body, headers=EVENT_TYPES)).status_code == 201
    invalid = await http.post("/v2/event-types", json={"title": "X"}, headers=EVENT_TYPES)
    assert invalid.status_code == 400
    assert {e["property"] for e in invalid.json()["error"]["details"]["errors"]} == {
        "slug",
        "lengthInMinutes",
    }


# --- versions, ids, unknown routes ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "right"),
    [
        ("GET", "/v2/event-types", "2024-06-14"),
        ("GET", "/v2/schedules", "2024-06-11"),
    ],
)
async def test_each_operation_answers_only_its_version(
    http: httpx.AsyncClient, method: str, path: str, right: str
) -> None:
    assert (await http.request(method, path, headers={"cal-api-version": right})).status_code == 200
    for wrong in ({}, {"cal-api-version": "2024-09-04"}, {"cal-api-version": "garbage"}):
        response = await http.request(method, path, headers=wrong)
        assert response.status_code == 400, wrong
        assert "2024-04-15" in response.json()["error"]["message"]


async def test_old_versions_reach_the_2024_04_15_bookings_controller(fake: FakeCal) -> None:
    """A missing, unknown or pre-2024-08-13 cal-api-version on /v2/bookings is answered by
    BookingsController_2024_04_15 (apps/api/v2/src/ee/bookings/2024-04-15/controllers/
    bookings.controller.ts, versions 2024-04-15, 2024-06-11, 2024-06-14) in its own shapes."""
    et = fake.add_event_type(slug="chat", length=30)
    async with fake.http_client() as http:  # the old shapes are not in the spec: no schema check
        for headers in ({}, {"cal-api-version": "2024-04-15"}, {"cal-api-version": "garbage"}):
            listed = await http.get("/v2/bookings", headers=headers)
            assert listed.status_code == 200, headers
            assert listed.json()["data"] == {
                "bookings": [],
                "recurringInfo": [],
                "totalCount": 0,
                "nextCursor": None,
            }
        body = {
            "start": "2025-10-21T09:00:00Z", "eventTypeId": et.id, "timeZone": "Europe/London",
            "language": "en", "metadata": {}, "responses": {"name": "Ada", "email": "ada@example.com"},
        }  # fmt: skip
        created = await http.post("/v2/bookings", json=body, headers={"cal-api-version": "2024-06-14"})
        assert created.status_code == 201, created.text
        booking = created.json()["data"]
        assert (booking["startTime"], booking["endTime"], booking["status"]) == (
            "2025-10-21T09:00:00.000Z", "2025-10-21T09:30:00.000Z", "ACCEPTED",
        )  # fmt: skip
        assert booking["user"]["username"] == fake.user.username and "start" not in booking
        taken = await http.post("/v2/bookings", json=body)
        assert taken.status_code == 400
        assert taken.json()["error"]["message"] == "no_available_users_found_error"
        page = (await http.get("/v2/bookings", params={"limit": "1"})).json()["data"]
        assert [b["uid"] for b in page["bookings"]] == [booking["uid"]] and page["totalCount"] == 1
        one = await http.get(f"/v2/bookings/{booking['uid']}")
        assert one.json()["data"]["uid"] == booking["uid"]
        cancelled = await http.post(
            f"/v2/bookings/{booking['uid']}/cancel", json={"cancellationReason": "Plans changed"}
        )
        assert cancelled.json()["data"] == {
            "bookingId": booking["id"], "bookingUid": booking["uid"], "onlyRemovedAttendee": False,
        }  # fmt: skip
        again = await http.post(f"/v2/bookings/{booking['uid']}/cancel", json={"cancellationReason": "x"})
        assert again.status_code == 400 and "has been cancelled already" in again.json()["error"]["message"]
        missing = await http.get("/v2/bookings/nope")
        assert missing.json()["error"]["message"] == "Booking with UID=nope does not exist."
        # No reschedule route in that controller; and 2024-09-04 names no bookings controller at all.
        assert (await http.post(f"/v2/bookings/{booking['uid']}/reschedule", json={})).status_code == 404
        assert (await http.get("/v2/bookings", headers={"cal-api-version": "2024-09-04"})).status_code == 404


async def test_unversioned_routes_ignore_the_header(http: httpx.AsyncClient) -> None:
    for headers in ({}, {"cal-api-version": "2024-08-13"}):
        assert (await http.get("/v2/me", headers=headers)).status_code == 200
        assert (await http.get("/v2/webhooks", headers=headers)).status_code == 200


async def test_every_response_has_a_request_id(http: httpx.AsyncClient, fake: FakeCal) -> None:
    fake.inject(502, kind="html")
    responses = [
        await http.get("/v2/me"),  # the injected proxy error
        await http.get("/v2/me"),
        await http.get("/v2/nope"),
        await http.get("/v2/bookings", headers={"cal-api-version": "2024-09-04"}),  # no such controller
    ]
    ids = [r.headers["x-request-id"] for r in responses]
    assert all(uuid.UUID(i) for i in ids) and len(set(ids)) == 4
    assert (
        responses[2].status_code == 404 and responses[2].json()["error"]["message"] == "Cannot GET /v2/nope"
    )


async def test_error_envelope_shape(http: httpx.AsyncClient) -> None:
    body = (await http.get("/v2/schedules/999", headers=SCHEDULES)).json()
    assert set(body) == {"status", "timestamp", "path", "error"}
    assert (body["status"], body["path"], body["timestamp"]) == (
        "error",
        "/v2/schedules/999",
        "2025-10-20T08:00:00.000Z",
    )
    assert set(body["error"]) == {"code", "message", "details"}


async def test_invalid_json_body_is_400(http: httpx.AsyncClient) -> None:
    response = await http.post(
        "/v2/webhooks", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 400 and response.json()["error"]["code"] == "BadRequestException"


# --- rate limits ----------------------------------------------------------------------------------


# CustomThrottlerGuard (apps/api/v2/src/lib/throttler/throttler-guard.ts): by default 120 per 60 s
# for an API key or an anonymous IP, 500 for a platform client or an access token, a 60 s block, and
# ThrottlerException("CustomThrottlerGuard - Too many requests. Please try again later."), whose
# getResponse() is that string, so Nest's filter puts it in details as is.
async def test_server_limits_by_default(
    http: httpx.AsyncClient, anon: httpx.AsyncClient, fake: FakeCal
) -> None:
    response = await http.get("/v2/me")
    assert {k: v for k, v in response.headers.items() if k.lower().startswith("x-ratelimit")} == {
        "x-ratelimit-limit-default": "120",
        "x-ratelimit-remaining-default": "119",
        "x-ratelimit-reset-default": "60",
    }
    anonymous = await anon.get("/v2/slots/reservations/x", headers={"cal-api-version": "2024-09-04"})
    assert anonymous.headers["X-RateLimit-Limit-Default"] == "120"
    platform = await anon.get("/v2/me", headers={"x-cal-client-id": "client-1"})
    assert platform.headers["X-RateLimit-Limit-Default"] == "500"
    for _ in range(119):
        await http.get("/v2/me")
    limited = await http.get("/v2/me")
    assert limited.status_code == 429
    assert limited.headers["X-RateLimit-Remaining-Default"] == "0"
    assert limited.headers["X-RateLimit-Reset-Default"] == "60"
    error = limited.json()["error"]
    assert error == {
        "code": "ThrottlerException",
        "message": "CustomThrottlerGuard - Too many requests. Please try again later.",
        "details": "CustomThrottlerGuard - Too many requests. Please try again later.",
    }
    fake.set_rate_limit(None)
    assert not [h for h in (await http.get("/v2/me")).headers if h.lower().startswith("x-ratelimit")]


async def test_rate_limit_headers_429_and_block(
    http: httpx.AsyncClient, anon: httpx.AsyncClient, fake: FakeCal
) -> None:
    fake.set_rate_limit(3)
    remaining = []
    for _ in range(3):
        response = await http.get("/v2/me")
        assert response.status_code == 200
        assert response.headers["X-RateLimit-Limit-Default"] == "3"
        assert response.headers["X-RateLimit-Reset-Default"] == "60"  # seconds from now, the clock is frozen
        remaining.append(response.headers["X-RateLimit-Remaining-Default"])
    assert remaining == ["2", "1", "0"]
    limited = await http.get("/v2/me")
    assert limited.status_code == 429 and "retry-after" not in limited.headers
    error = limited.json()["error"]
    assert error["code"] == "ThrottlerException" and isinstance(error["details"], str)
    # Another caller (here: no key, counted per IP) has its own budget.
    assert (
        await anon.get("/v2/slots/reservations/x", headers={"cal-api-version": "2024-09-04"})
    ).status_code == 200
    again = await http.get("/v2/me")
    assert again.status_code == 429 and again.headers["X-RateLimit-Remaining-Default"] == "0"


async def test_exceeding_blocks_for_a_further_period(http: httpx.AsyncClient, fake: FakeCal) -> None:
    fake.set_rate_limit(2, window=60, block=60)
    await http.get("/v2/me")
    await http.get("/v2/me")
    fake.advance(50)
    assert (await http.get("/v2/me")).status_code == 429  # t=50: blocked until t=110
    fake.advance(20)
    blocked = await http.get("/v2/me")  # t=70: the window is over, the block is not
    assert blocked.status_code == 429 and blocked.headers["X-RateLimit-Reset-Default"] == "40"
    fake.advance(41)
    back = await http.get("/v2/me")  # t=111
    assert back.status_code == 200 and back.headers["X-RateLimit-Remaining-Default"] == "1"


async def test_rate_limit_reset_counts_down(http: httpx.AsyncClient, fake: FakeCal) -> None:
    fake.set_rate_limit(10, window=60)
    await http.get("/v2/me")
    fake.advance(45)
    assert (await http.get("/v2/me")).headers["X-RateLimit-Reset-Default"] == "15"


def test_rate_limit_configurable_at_construction() -> None:
    fake = FakeCal(rate_limit=120)
    assert fake.rate_limiter is not None and fake.rate_limiter.limit == 120


# --- fault injection ------------------------------------------------------------------------------


async def test_503_twice_then_ok(http: httpx.AsyncClient, fake: FakeCal) -> None:
    fault = fake.inject(503, times=2, path_prefix="/v2/me")
    statuses = [(await http.get("/v2/me")).status_code for _ in range(3)]
    assert statuses == [503, 503, 200] and fault.hits == 2 and fault.exhausted
    assert (await http.get("/v2/webhooks")).status_code == 200


async def test_fault_scoped_by_path_and_method(http: httpx.AsyncClient, fake: FakeCal) -> None:
    fake.inject(500, times=None, path_prefix="/v2/bookings", method="POST", kind="bare")
    assert (await http.get("/v2/bookings", headers=BOOKINGS)).status_code == 200
    et = fake.add_event_type(slug="chat")
    for _ in range(2):
        response = await book(http, et.id, "2025-10-21T09:00:00Z")
        assert (response.status_code, response.json()) == (
            500,
            {"statusCode": 500, "message": "Internal server error"},
        )
    assert fake.state.bookings == {}
    fake.clear_faults()
    assert (await book(http, et.id, "2025-10-21T09:00:00Z")).status_code == 201


async def test_html_and_empty_bodies(http: httpx.AsyncClient, fake: FakeCal) -> None:
    fake.inject(502, kind="html")
    fake.inject(504, kind="empty")
    html = await http.get("/v2/me")
    assert html.status_code == 502 and html.headers["content-type"].startswith("text/html")
    assert "<html>" in html.text
    empty = await http.get("/v2/me")
    assert (empty.status_code, empty.content) == (504, b"")


async def test_truncated_json_after_the_side_effect(fake: FakeCal) -> None:
    fake.inject(kind="truncated", path_prefix="/v2/bookings")
    et = fake.add_event_type(slug="chat")
    async with fake.http_client() as raw:  # no spec hook: this body is broken on purpose
        response = await book(raw, et.id, "2025-10-21T09:00:00Z")
    assert response.status_code == 201
    with pytest.raises(ValueError):
        response.json()
    assert len(fake.state.bookings) == 1  # the booking happened; only the answer was lost


async def test_token_expired_fault(http: httpx.AsyncClient, fake: FakeCal) -> None:
    fake.inject(498)
    response = await http.get("/v2/me")
    assert response.status_code == 498
    assert response.json()["error"] | {"details": None} == {
        "code": "TokenExpiredException",
        "message": "ACCESS_TOKEN_IS_EXPIRED",
        "details": None,
    }


async def test_slow_response(http: httpx.AsyncClient, fake: FakeCal) -> None:
    fake.inject(delay=0.2)
    started = time.perf_counter()
    assert (await http.get("/v2/me")).status_code == 200
    assert time.perf_counter() - started >= 0.2
    # httpx.ASGITransport does not apply client timeouts; test_served.py checks a real timeout.


def test_inject_needs_something_to_do(fake: FakeCal) -> None:
    with pytest.raises(ValueError):
        fake.inject()


# --- robustness -----------------------------------------------------------------------------------

GARBAGE_BODIES = [
    b"[]",
    b'"text"',
    b"null",
    b'{"start": 5, "attendee": [], "eventTypeId": "x"}',
    b'{"triggers": {}}',
]


async def test_garbage_never_crashes_the_fake(http: httpx.AsyncClient, fake: FakeCal) -> None:
    """Every route answers garbage with a client error, never an unexpected 500 (the fake fixture
    also asserts ``fake.errors`` stays empty)."""
    from cal_async.testing.app import ROUTES

    et = fake.add_event_type(slug="g")
    org = fake.add_org("acme", admins=[fake.user])
    team = fake.add_team(org, "sales", members=[fake.user])
    for route in ROUTES:
        path = route.template.format(
            orgId=org.id,
            teamId=team.id,
            eventTypeId=et.id,
            scheduleId=fake.user.default_schedule_id,
            uid="u",
            bookingUid="b",
            webhookId="w",
        )
        headers = {"cal-api-version": route.version} if route.version else {}
        for body in GARBAGE_BODIES:
            response = await http.request(route.method, path, content=body, headers=headers)
            assert response.status_code < 500 or path.endswith("/reschedule"), (route.method, path, body)
