"""Generated operations that follow the server where its document is wrong (issue 11, items 7, 11, 12;
issue 18: the recorded facts of ``openapi/server_facts.json``).

Each case cites the server source it encodes; the normalisation that produces it is in
``openapi/server_facts.py`` (``SERVER_FACTS``).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
import respx

from cal_async import CalClient, ResponseValidationError, types
from cal_async._fields import Field
from cal_async._generated.operations import OPERATIONS
from cal_async._models import ApiModel
from cal_async.types import UNSET, AvailableSlot
from openapi.server_facts import (
    MAY_BE_ABSENT,
    NULLABLE,
    RESULT_MAY_BE_NULL,
    RESULT_MAY_LACK_DATA,
    RESULT_NEVER_NULL,
    WRONG_SHAPE,
    Fact,
    load_facts,
)

BASE = "https://api.cal.test"
KEY = "cal_" + "ab" * 16


async def _call(
    respond: dict[str, Any], fn_name: str, *args: Any, **kwargs: Any
) -> tuple[Any, httpx.Request]:
    async with CalClient(KEY, base_url=BASE) as cal:
        with respx.mock() as router:
            route = router.route().mock(return_value=httpx.Response(200, json=respond))
            target: Any = cal
            for part in fn_name.split("."):
                target = getattr(target, part)
            result = await target(*args, **kwargs)
        return result, route.calls.last.request


async def test_busy_times_send_calendars_to_load() -> None:
    # apps/api/v2/src/modules/calendars/inputs/busy-times.input.ts: calendarsToLoad is an array
    # of {credentialId, externalId} read from calendarsToLoad[i][...]; top-level ids are rejected.
    _, request = await _call(
        {"status": "success", "data": []},
        "calendars.get_busy_times",
        logged_in_users_tz="Europe/Paris",
        calendars_to_load=[
            {"credentialId": 7, "externalId": "work@example.com"},
            {"credentialId": 8, "externalId": "home@example.com"},
        ],
        date_from="2030-01-07",
    )
    assert dict(request.url.params) == {
        "loggedInUsersTz": "Europe/Paris",
        "dateFrom": "2030-01-07",
        "calendarsToLoad[0][credentialId]": "7",
        "calendarsToLoad[0][externalId]": "work@example.com",
        "calendarsToLoad[1][credentialId]": "8",
        "calendarsToLoad[1][externalId]": "home@example.com",
    }


async def test_slots_get_returns_the_typed_map_not_the_envelope() -> None:
    # slots-output.service.ts: data maps "YYYY-MM-DD" to slot objects; seated event types add
    # seatsBooked/seatsRemaining/seatsTotal/bookingUid; format=range adds end.
    body = {
        "status": "success",
        "data": {
            "2030-01-07": [
                {"start": "2030-01-07T09:00:00.000+01:00", "end": "2030-01-07T09:30:00.000+01:00"},
                {
                    "start": "2030-01-07T10:00:00.000Z",
                    "seatsBooked": 2,
                    "seatsRemaining": 3,
                    "seatsTotal": 5,
                    "bookingUid": "seated-1",
                },
            ]
        },
    }
    slots, request = await _call(
        body,
        "slots.get",
        start=datetime(2030, 1, 7, tzinfo=UTC),
        end=datetime(2030, 1, 8, tzinfo=UTC),
        event_type_id=42,
    )
    assert request.headers["cal-api-version"] == "2024-09-04"
    assert list(slots) == ["2030-01-07"]
    first, seated = slots["2030-01-07"]
    assert isinstance(first, AvailableSlot)
    assert first.start == datetime(2030, 1, 7, 8, tzinfo=UTC) and first.end == datetime(
        2030, 1, 7, 8, 30, tzinfo=UTC
    )
    assert (seated.seats_booked, seated.seats_remaining, seated.seats_total, seated.booking_uid) == (
        2,
        3,
        5,
        "seated-1",
    )
    with pytest.raises(ResponseValidationError, match="should be an object of"):
        await _call(
            {"status": "success", "data": ["not", "a", "map"]},
            "slots.get",
            start=datetime(2030, 1, 7, tzinfo=UTC),
            end=datetime(2030, 1, 8, tzinfo=UTC),
        )


def test_private_links_send_no_api_version() -> None:
    # The server's private-links controllers: at the document's date (2025-09) the controller is
    # declared without a version (modules/event-types-private-links/...controller.ts:
    # @Controller({path: "/v2/event-types/:eventTypeId/private-links"})), so it answers the default
    # version, which a request without cal-api-version gets. Later servers keep it reachable there
    # (EventTypesPrivateLinksController_2024_06_14, versions 2024-04-15 .. 2024-08-13) beside a new
    # 2024-09-04 controller; only one early commit registered 2024-06-14 alone. No header works on
    # all of them but that one, and the document declares none.
    private = [o for o in OPERATIONS if "/private-links" in o.path]
    assert len(private) == 8
    assert {o.api_version for o in private} == {None}


# -- the recorded facts (openapi/server_facts.json), issue 18 ---------------------------------------
#
# Each fact names a schema property (or an operation) and the server files it was derived from;
# the tests below walk them all against the generated client, so a fact added to the data is
# tested without a new test.

FACTS = load_facts()
_SUFFIX = re.compile(r"_\d{4}_\d{2}_\d{2}$")


def _model_field(schema: str, prop: str) -> tuple[type[ApiModel], Field[Any]]:
    cls = getattr(types, _SUFFIX.sub("", schema))
    fields = [f for f in vars(cls).values() if isinstance(f, Field) and f.key == prop]
    assert len(fields) == 1, f"{cls.__name__} has no field for {prop!r}"
    return cls, fields[0]


def _facts(*kinds: str) -> list[Fact]:
    return [f for f in FACTS.facts if f.kind in kinds]


def test_every_fact_cites_the_server_files_it_was_read_from() -> None:
    for fact in FACTS.facts:
        assert fact.cite and fact.why, fact
        for cite in fact.cite:
            path = cite.split("#")[0]
            assert path.startswith(("apps/api/v2/src/", "packages/")), cite
            assert path in FACTS.read, f"{fact}: {path} is cited but its stored version is not recorded"
            assert "#" in cite, f"{fact}: {cite} names no symbol in the file"
    assert {f.kind for f in FACTS.facts} == {
        NULLABLE,
        MAY_BE_ABSENT,
        WRONG_SHAPE,
        RESULT_MAY_BE_NULL,
        RESULT_MAY_LACK_DATA,
        RESULT_NEVER_NULL,
    }


@pytest.mark.parametrize("fact", _facts(NULLABLE), ids=str)
def test_a_null_the_server_sends_reads_as_none(fact: Fact) -> None:
    cls, field = _model_field(*fact.target)
    model = cls.from_dict({fact.target[1]: None})
    assert getattr(model, field.name) is None


@pytest.mark.parametrize("fact", _facts(MAY_BE_ABSENT), ids=str)
def test_a_field_the_server_leaves_out_reads_as_unset(fact: Fact) -> None:
    cls, field = _model_field(*fact.target)
    assert field.required is False
    assert getattr(cls.from_dict({}), field.name) is UNSET


@pytest.mark.parametrize(
    ("schema", "prop", "why"),
    [
        # output-event-types.service.ts: description: description || "" (never null)
        ("EventTypeOutput_2024_06_14", "description", "sent as '' when the column is null"),
        # team-membership.output.ts: metadata's @Transform sends obj.metadata || undefined
        ("MembershipUserOutputDto", "metadata", "sent as undefined, never null"),
        ("BookingOutput_2024_08_13", "uid", "a required column"),
        ("TeamOutputDto", "name", "Team.name String (required)"),
        ("UserWebhookOutputDto", "subscriberUrl", "Webhook.subscriberUrl String (required)"),
        ("ScheduleOutput_2024_06_11", "timeZone", "output-schedules.service.ts: timeZone || 'Europe/London'"),
    ],
)
def test_a_null_nobody_predicted_still_raises(schema: str, prop: str, why: str) -> None:
    assert not any(f.target == (schema, prop) for f in FACTS.facts), why
    cls, field = _model_field(schema, prop)
    model = cls.from_dict({prop: None, "other": 1})
    with pytest.raises(ResponseValidationError) as caught:
        getattr(model, field.name)
    assert cls.__name__ in str(caught.value) and prop in str(caught.value)  # model and field named
    assert model.to_dict()["other"] == 1  # nothing else of the object is lost


@pytest.mark.parametrize("fact", _facts(WRONG_SHAPE), ids=str)
def test_each_wrong_shape_is_the_generated_shape(fact: Fact) -> None:
    assert fact.value is not None
    _, field = _model_field(*fact.target)
    is_list = field.decoder.expected.startswith(("a list of", "a list of ... or null"))
    assert is_list == (fact.value.get("type") == "array"), field.decoder


def test_event_type_users_and_team_hosts_are_objects() -> None:
    # output-event-types.service.ts transformUsers; organizations/event-types/services/output.service.ts
    # getNonManagedEventTypeHosts: objects, with the user row's nullable columns.
    event_type = types.EventTypeOutput.from_dict(
        {
            "users": [
                {
                    "id": 7,
                    "name": None,
                    "username": None,
                    "avatarUrl": None,
                    "brandColor": None,
                    "darkBrandColor": None,
                    "weekStart": "Sunday",
                    "metadata": {},
                }
            ],
            "bookingWindow": {"type": "calendarDays", "value": 30, "rolling": True},
            "seats": {"disabled": True},
        }
    )
    user = event_type.users[0]
    assert (user.id, user.name, user.username, user.week_start) == (7, None, None, "Sunday")
    assert not isinstance(event_type.booking_window, list)
    assert getattr(event_type.booking_window, "value", None) == 30
    assert event_type.seats is not UNSET and event_type.seats.seats_per_time_slot is UNSET
    team = types.TeamEventTypeOutput.from_dict(
        {
            "hosts": [{"userId": 3, "name": "", "username": "", "avatarUrl": None, "priority": "medium"}],
            "bookingWindow": {"disabled": True},
        }
    )
    host = team.hosts[0]
    assert (host.user_id, host.avatar_url, host.mandatory) == (3, None, UNSET)
    assert getattr(team.booking_window, "disabled", None) is True


# Bodies below are built from the server source cited with each; respx answers them.

WEBHOOK_WITHOUT_TEMPLATE = {
    # Webhook row (schema.prisma: payloadTemplate String?, secret String?) through
    # modules/webhooks/pipes/WebhookOutputPipe.ts and plainToClass(UserWebhookOutputDto, ...)
    # in modules/webhooks/controllers/webhooks.controller.ts.
    "id": "2f6a1b9e-1c55-4f7e-9f0e-6d5f1f3d2c11",
    "userId": 12,
    "subscriberUrl": "https://example.com/hook",
    "payloadTemplate": None,
    "active": True,
    "triggers": ["BOOKING_CREATED"],
    "secret": None,
}


async def test_webhooks_without_a_payload_template_read_as_none() -> None:
    page, _ = await _call({"status": "success", "data": [WEBHOOK_WITHOUT_TEMPLATE]}, "webhooks.list")
    (hook,) = list(page)
    assert (hook.payload_template, hook.secret) == (None, None)
    one, request = await _call({"status": "success", "data": WEBHOOK_WITHOUT_TEMPLATE}, "webhooks.get", "w1")
    assert request.url.path == "/v2/webhooks/w1"
    assert (one.payload_template, one.secret, one.subscriber_url) == (None, None, "https://example.com/hook")


async def test_schedules_get_default_without_a_default_is_none() -> None:
    # ee/schedules/schedules_2024_06_11/services/schedules.service.ts getUserScheduleDefault:
    # `if (!user?.defaultScheduleId) return null;`, sent as data by the controller.
    result, _ = await _call({"status": "success", "data": None}, "schedules.get_default")
    assert result is None


async def test_conferencing_get_default_without_data_is_none() -> None:
    # modules/conferencing/services/conferencing.service.ts getUserDefaultConferencingApp returns
    # userMetadata...?.defaultConferencingApp, undefined without one: JSON leaves data out.
    result, _ = await _call({"status": "success"}, "conferencing.get_default")
    assert result is None
    app, _ = await _call({"status": "success", "data": {"appSlug": "zoom"}}, "conferencing.get_default")
    assert app is not None and app.app_slug == "zoom"


async def test_slots_get_reserved_unknown_uid_is_none() -> None:
    # modules/slots/slots-2024-09-04/services/slots.service.ts getReservedSlot:
    # `if (!slot) return null;`; a known one is slots-output.service.ts getReservationSlot
    # (no reservationDuration).
    result, request = await _call({"status": "success", "data": None}, "slots.get_reserved", "nope")
    assert result is None and request.url.path == "/v2/slots/reservations/nope"
    body = {
        "eventTypeId": 4,
        "slotStart": "2030-01-07T09:00:00.000Z",
        "slotEnd": "2030-01-07T09:30:00.000Z",
        "slotDuration": 30,
        "reservationUid": "e84be5a3-4696-49e3-acc7-b2f3999c3b94",
        "reservationUntil": "2030-01-07T08:05:00.000Z",
    }
    held, _ = await _call({"status": "success", "data": body}, "slots.get_reserved", "e84b")
    assert held is not None and (held.event_type_id, held.slot_duration) == (4, 30)


async def test_a_missing_data_is_refused_where_the_server_always_sends_it() -> None:
    # ee/schedules/schedules_2024_06_11/services/schedules.service.ts getUserSchedule throws
    # NotFoundException for an unknown schedule: the result is never null and data never absent.
    with pytest.raises(ResponseValidationError, match="envelope"):
        await _call({"status": "success"}, "schedules.get", 5)
    with pytest.raises(ResponseValidationError):
        await _call({"status": "success"}, "schedules.get_default")
    with pytest.raises(ResponseValidationError, match="ScheduleOutput"):
        await _call({"status": "success", "data": None}, "schedules.get", 5)
