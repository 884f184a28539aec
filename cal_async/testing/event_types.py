"""``/v2/event-types`` root CRUD (cal-api-version 2024-06-14). Slugs are unique per owner."""

from __future__ import annotations

from typing import Any

import attrs

from .errors import NO_AUTH_PERMISSIONS, HttpError, not_found
from .records import StoredEventType, StoredUser
from .routing import Ctx, Response, ok
from .state import State
from .validation import Errors, checked_fields

# The system booking fields every personal event type answers with (booking questions).
DEFAULT_BOOKING_FIELDS: tuple[dict[str, Any], ...] = (
    {"type": "name", "slug": "name", "label": "Your name", "placeholder": "", "isDefault": True,
     "required": True, "disableOnPrefill": False},
    {"type": "email", "slug": "email", "label": "Email address", "placeholder": "", "isDefault": True,
     "required": True, "hidden": False},
    {"type": "radioInput", "slug": "location", "label": "Location", "isDefault": True, "required": False,
     "hidden": False},
    {"type": "text", "slug": "title", "label": "What is this meeting about?", "isDefault": True,
     "required": True, "hidden": True},
    {"type": "textarea", "slug": "notes", "label": "Additional notes", "isDefault": True, "required": False,
     "hidden": False},
    {"type": "multiemail", "slug": "guests", "label": "Add guests", "isDefault": True, "required": False,
     "hidden": False},
    {"type": "textarea", "slug": "rescheduleReason", "label": "Reason for reschedule", "isDefault": True,
     "required": False, "hidden": False},
    {"type": "phone", "slug": "attendeePhoneNumber", "label": "Phone number", "placeholder": "",
     "isDefault": True, "required": False, "hidden": True},
)  # fmt: skip

SLUG_TAKEN = "User already has an event type with this slug."


def serialize(e: StoredEventType, state: State) -> dict[str, Any]:
    owner = state.users.get(e.owner_id)
    out: dict[str, Any] = {
        "id": e.id,
        "ownerId": e.owner_id,
        "lengthInMinutes": e.length,
        "title": e.title,
        "slug": e.slug,
        "description": e.description,
        "locations": [dict(loc) for loc in e.locations],
        "bookingFields": [dict(field) for field in DEFAULT_BOOKING_FIELDS],
        "disableGuests": False,
        "slotInterval": e.slot_interval,
        "minimumBookingNotice": e.minimum_booking_notice,
        "beforeEventBuffer": e.before_buffer,
        "afterEventBuffer": e.after_buffer,
        "recurrence": None,
        "metadata": dict(e.metadata),
        "price": 0,
        "currency": "usd",
        "lockTimeZoneToggleOnBookingPage": False,
        "seatsPerTimeSlot": e.seats_per_time_slot,
        "forwardParamsSuccessRedirect": None,
        "successRedirectUrl": None,
        "isInstantEvent": False,
        "seatsShowAvailabilityCount": False,
        "scheduleId": e.schedule_id,
        "bookingLimitsCount": {},
        "onlyShowFirstAvailableSlot": False,
        "bookingLimitsDuration": {},
        "bookingWindow": [],
        "confirmationPolicy": (
            {"type": "always", "blockUnconfirmedBookingsInBooker": True}
            if e.requires_confirmation
            else {"disabled": True}
        ),
        "requiresBookerEmailVerification": False,
        "hideCalendarNotes": False,
        "hideCalendarEventDetails": False,
        "hideOrganizerEmail": False,
        "hidden": e.hidden,
        "bookingRequiresAuthentication": False,
        "users": [owner.username] if owner else [],
    }
    if e.length_options:
        out["lengthInMinutesOptions"] = list(e.length_options)
    if e.seats_per_time_slot:
        out["seats"] = {
            "seatsPerTimeSlot": e.seats_per_time_slot,
            "showAttendeeInfo": False,
            "showAvailabilityCount": True,
        }
    return out


def serialize_team_event_type(e: StoredEventType, state: State) -> dict[str, Any]:
    """TeamEventTypeOutput_2024_06_14: the personal shape without ``users``/``ownerId``, plus the
    team, the scheduling type and the hosts (TeamEventTypeResponseHost: userId, mandatory,
    priority, name, username, avatarUrl)."""
    out = serialize(e, state)
    del out["users"]
    out["ownerId"] = None
    team = state.teams.get(e.team_id) if e.team_id is not None else None
    out["teamId"] = e.team_id
    out["schedulingType"] = {"COLLECTIVE": "collective", "ROUND_ROBIN": "roundRobin"}.get(
        e.scheduling_type or "", "managed"
    )
    out["assignAllTeamMembers"] = False
    out["hosts"] = [
        {
            "userId": h.user_id,
            "mandatory": h.mandatory,
            "priority": h.priority,
            "name": state.users[h.user_id].name if h.user_id in state.users else "",
            "username": state.users[h.user_id].username if h.user_id in state.users else "",
            "avatarUrl": None,
        }
        for h in e.hosts
    ]
    out["team"] = {
        "id": e.team_id,
        "slug": team.slug if team else None,
        "name": team.name if team else None,
        "bannerUrl": None,
        "logoUrl": None,
        "weekStart": "Sunday",
        "brandColor": None,
        "darkBrandColor": None,
        "theme": None,
    }
    return out


def check_team_slug_free(state: State, team_id: int, slug: str) -> None:
    if any(e.slug == slug and e.team_id == team_id for e in state.event_types.values()):
        raise HttpError(400, "Team already has an event type with this slug.")


def check_slug_free(state: State, owner_id: int, slug: str, *, except_id: int | None = None) -> None:
    if any(e.slug == slug and e.id != except_id for e in state.event_types_of(owner_id)):
        raise HttpError(400, SLUG_TAKEN)


def _fields(body: dict[str, Any], errors: Errors, *, creating: bool) -> dict[str, Any]:
    """Validated attribute changes from a create/update body."""
    changes: dict[str, Any] = {}
    for name, attr in (("title", "title"), ("slug", "slug"), ("description", "description")):
        if (text := errors.string(body, name, required=creating and name != "description")) is not None:
            changes[attr] = text
    numbers = (
        ("lengthInMinutes", "length", 1),
        ("slotInterval", "slot_interval", 1),
        ("minimumBookingNotice", "minimum_booking_notice", 0),
        ("beforeEventBuffer", "before_buffer", 0),
        ("afterEventBuffer", "after_buffer", 0),
        ("scheduleId", "schedule_id", 1),
    )
    for name, attr, minimum in numbers:
        required = creating and name == "lengthInMinutes"
        if (number := errors.integer(body, name, required=required, minimum=minimum)) is not None:
            changes[attr] = number
    if (hidden := errors.boolean(body, "hidden", required=False)) is not None:
        changes["hidden"] = hidden
    options = body.get("lengthInMinutesOptions")
    if options is not None:
        if not isinstance(options, list) or not all(isinstance(o, int) and o > 0 for o in options):
            errors.add(
                "lengthInMinutesOptions", options, "isArray", "lengthInMinutesOptions must be integers"
            )
        else:
            changes["length_options"] = tuple(options)
    locations = body.get("locations")
    if locations is not None:
        if not isinstance(locations, list) or not all(isinstance(x, dict) and "type" in x for x in locations):
            errors.add("locations", locations, "isArray", "locations must be an array of location objects")
        else:
            changes["locations"] = tuple(locations)
    policy = body.get("confirmationPolicy")
    if policy is not None:
        if not isinstance(policy, dict) or not (
            policy.get("disabled") is True or policy.get("type") in ("always", "time")
        ):
            errors.add(
                "confirmationPolicy",
                policy,
                "isObject",
                "confirmationPolicy must be a policy or {disabled: true}",
            )
        else:
            changes["requires_confirmation"] = policy.get("disabled") is not True
    seats = body.get("seats")
    if seats is not None:
        per_slot = seats.get("seatsPerTimeSlot") if isinstance(seats, dict) else None
        if isinstance(seats, dict) and seats.get("disabled") is True:
            changes["seats_per_time_slot"] = None
        elif isinstance(per_slot, int) and not isinstance(per_slot, bool) and per_slot >= 1:
            changes["seats_per_time_slot"] = per_slot
        else:
            errors.add(
                "seats", seats, "isObject", "seats must be {seatsPerTimeSlot, ...} or {disabled: true}"
            )
    if isinstance(body.get("metadata"), dict):
        changes["metadata"] = dict(body["metadata"])
    return changes


def _check_schedule(state: State, user: StoredUser, schedule_id: int | None) -> None:
    if schedule_id is not None:
        schedule = state.schedules.get(schedule_id)
        if schedule is None or schedule.owner_id != user.id:
            raise not_found(f"User with ID={user.id} does not own schedule with ID={schedule_id}")


def _owned(ctx: Ctx) -> StoredEventType:
    return ctx.own(ctx.state.event_types, "eventTypeId", "event type")


async def create_event_type(ctx: Ctx) -> Response:
    user = ctx.require_user()
    changes = checked_fields(_fields, ctx.request.json(), creating=True)
    check_slug_free(ctx.state, user.id, changes["slug"])
    _check_schedule(ctx.state, user, changes.get("schedule_id"))
    event_type = ctx.state.new_event_type(owner_id=user.id, **changes)
    return ok(serialize(event_type, ctx.state), status=201)


async def list_event_types(ctx: Ctx) -> Response:
    username = ctx.request.arg("username")
    if username is not None:  # public listing of someone's event types
        owner = ctx.state.user_by_username(username)
        found = [e for e in ctx.state.event_types_of(owner.id) if not e.hidden] if owner else []
        slug = ctx.request.arg("eventSlug")
        if slug is not None:
            found = [e for e in found if e.slug == slug]
    elif ctx.user is None:
        raise HttpError(403, NO_AUTH_PERMISSIONS)
    else:
        found = ctx.state.event_types_of(ctx.user.id)
    return ok([serialize(e, ctx.state) for e in found])


async def get_event_type(ctx: Ctx) -> Response:
    return ok(serialize(_owned(ctx), ctx.state))


async def update_event_type(ctx: Ctx) -> Response:
    current = _owned(ctx)
    user = ctx.require_user()
    changes = checked_fields(_fields, ctx.request.json(), creating=False)
    if "slug" in changes:
        check_slug_free(ctx.state, user.id, changes["slug"], except_id=current.id)
    _check_schedule(ctx.state, user, changes.get("schedule_id"))
    updated = attrs.evolve(current, **changes)
    ctx.state.event_types[current.id] = updated
    return ok(serialize(updated, ctx.state))


async def delete_event_type(ctx: Ctx) -> Response:
    current = _owned(ctx)
    del ctx.state.event_types[current.id]
    return ok(
        {"id": current.id, "lengthInMinutes": current.length, "title": current.title, "slug": current.slug}
    )
