"""``/v2/me``: the authenticated user."""

from __future__ import annotations

from typing import Any

import attrs

from .records import StoredUser
from .routing import Ctx, Response, ok
from .validation import Errors


def serialize(user: StoredUser) -> dict[str, Any]:
    return {
        "id": user.id,
        "username": user.username,
        "email": user.email,
        "timeFormat": user.time_format,
        "defaultScheduleId": user.default_schedule_id,
        "weekStart": user.week_start,
        "timeZone": user.time_zone,
        "organizationId": None,
    }


async def get_me(ctx: Ctx) -> Response:
    return ok(serialize(ctx.require_user()))


async def update_me(ctx: Ctx) -> Response:
    user = ctx.require_user()
    body = ctx.request.json()
    errors = Errors()
    changes: dict[str, Any] = {}
    if (tz := errors.time_zone(body, "timeZone", required=False)) is not None:
        changes["time_zone"] = tz
    if (week := errors.string(body, "weekStart", required=False)) is not None:
        changes["week_start"] = week
    if (fmt := errors.integer(body, "timeFormat", required=False)) is not None:
        changes["time_format"] = fmt
    for field, attr in (("email", "email"), ("name", "name")):
        if (value := errors.string(body, field, required=False)) is not None:
            changes[attr] = value
    if (schedule_id := errors.integer(body, "defaultScheduleId", required=False)) is not None:
        changes["default_schedule_id"] = schedule_id
    errors.raise_if_any()
    updated = attrs.evolve(user, **changes)
    ctx.state.users[user.id] = updated
    return ok(serialize(updated))
