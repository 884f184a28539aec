"""``/v2/schedules`` (cal-api-version 2024-06-11): working hours per weekday in the schedule's zone."""

from __future__ import annotations

from typing import Any

import attrs

from .errors import HttpError
from .records import StoredAvailability, StoredSchedule, StoredUser
from .routing import Ctx, Response, ok, ok_no_data
from .state import State
from .validation import Errors, availability, overrides

# What the server fills in when a schedule is created without availability.
WORKING_HOURS = (
    StoredAvailability(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"), "09:00", "17:00"),
)


def serialize(schedule: StoredSchedule, state: State) -> dict[str, Any]:
    owner = state.users.get(schedule.owner_id)
    return {
        "id": schedule.id,
        "ownerId": schedule.owner_id,
        "name": schedule.name,
        "timeZone": schedule.time_zone,
        "availability": [
            {"days": list(a.days), "startTime": a.start_time, "endTime": a.end_time}
            for a in schedule.availability
        ],
        "isDefault": owner is not None and owner.default_schedule_id == schedule.id,
        "overrides": [
            {"date": o.date, "startTime": o.start_time, "endTime": o.end_time} for o in schedule.overrides
        ],
    }


def set_default(state: State, user: StoredUser, schedule_id: int | None) -> None:
    state.users[user.id] = attrs.evolve(state.users[user.id], default_schedule_id=schedule_id)


def _owned(ctx: Ctx, *, missing_status: int = 404) -> StoredSchedule:
    """The caller's schedule named by the path, as SchedulesService_2024_06_11 finds it
    (apps/api/v2/src/ee/schedules/schedules_2024_06_11/services/schedules.service.ts): an unknown
    id is a NotFoundException for GET and PATCH but a BadRequestException for DELETE, with the same
    text; another user's schedule is a 403."""
    user = ctx.require_user()
    raw = ctx.params["scheduleId"]
    found = ctx.state.schedules.get(int(raw)) if raw.isdigit() else None
    if found is None:
        raise HttpError(missing_status, f"Schedule with ID={raw} does not exist.")
    if found.owner_id != user.id:
        raise HttpError(403, f"User with ID={user.id} does not own schedule with ID={found.id}")
    return found


async def create_schedule(ctx: Ctx) -> Response:
    user = ctx.require_user()
    body = ctx.request.json()
    errors = Errors()
    name = errors.string(body, "name", required=True)
    time_zone = errors.time_zone(body, "timeZone", required=True)
    is_default = errors.boolean(body, "isDefault", required=True)
    rules = availability(errors, body["availability"]) if "availability" in body else list(WORKING_HOURS)
    dated = overrides(errors, body["overrides"]) if "overrides" in body else []
    errors.raise_if_any()
    assert name is not None and time_zone is not None
    schedule = StoredSchedule(
        id=ctx.state.next_schedule_id(),
        owner_id=user.id,
        name=name,
        time_zone=time_zone,
        availability=tuple(rules),
        overrides=tuple(dated),
    )
    ctx.state.schedules[schedule.id] = schedule
    if is_default:
        set_default(ctx.state, user, schedule.id)
    return ok(serialize(schedule, ctx.state), status=201)


async def list_schedules(ctx: Ctx) -> Response:
    user = ctx.require_user()
    return ok([serialize(s, ctx.state) for s in ctx.state.schedules_of(user.id)])


async def get_default_schedule(ctx: Ctx) -> Response:
    user = ctx.state.users[ctx.require_user().id]
    schedule = ctx.state.schedules.get(user.default_schedule_id) if user.default_schedule_id else None
    return ok(serialize(schedule, ctx.state) if schedule else None)


async def get_schedule(ctx: Ctx) -> Response:
    return ok(serialize(_owned(ctx), ctx.state))


async def update_schedule(ctx: Ctx) -> Response:
    schedule = _owned(ctx)
    user = ctx.require_user()
    body = ctx.request.json()
    errors = Errors()
    changes: dict[str, Any] = {}
    if (name := errors.string(body, "name", required=False)) is not None:
        changes["name"] = name
    if (time_zone := errors.time_zone(body, "timeZone", required=False)) is not None:
        changes["time_zone"] = time_zone
    if "availability" in body:
        changes["availability"] = tuple(availability(errors, body["availability"]))
    if "overrides" in body:
        changes["overrides"] = tuple(overrides(errors, body["overrides"]))
    is_default = errors.boolean(body, "isDefault", required=False)
    errors.raise_if_any()
    updated = attrs.evolve(schedule, **changes)
    ctx.state.schedules[schedule.id] = updated
    if is_default:
        set_default(ctx.state, user, schedule.id)
    elif is_default is False and ctx.state.users[user.id].default_schedule_id == schedule.id:
        set_default(ctx.state, user, None)
    return ok(serialize(updated, ctx.state))


async def delete_schedule(ctx: Ctx) -> Response:
    schedule = _owned(ctx, missing_status=400)
    del ctx.state.schedules[schedule.id]
    owner = ctx.state.users[schedule.owner_id]
    if owner.default_schedule_id == schedule.id:
        set_default(ctx.state, owner, None)
    return ok_no_data()
