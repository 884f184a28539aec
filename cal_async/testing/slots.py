"""Slot arithmetic: a schedule's weekly hours, made concrete in its own time zone (DST-correct through
zoneinfo), minus bookings and live reservations, cut into event-length slots, then shown in the
requester's zone. Also ``GET /v2/slots`` itself."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from .clock import iso_in_zone, parse_instant, zone
from .errors import HttpError, flattened_error, not_found, wrong
from .records import WEEKDAYS, StoredBooking, StoredEventType, StoredSchedule
from .routing import Ctx, Response, ok
from .state import State

Interval = tuple[datetime, datetime]

# Statuses that occupy the host's time; cancelled and rejected bookings free it again.
BUSY_STATUSES = frozenset({"accepted", "pending", "awaiting_host"})


def _wall(day: date, hhmm: str, tz: ZoneInfo) -> datetime:
    hours, minutes = (int(part) for part in hhmm.split(":"))
    if (hours, minutes) in ((23, 59), (24, 0)):  # "until the end of the day"
        return datetime.combine(day + timedelta(days=1), time.min, tzinfo=tz)
    # A wall time skipped by a spring-forward gap resolves (fold=0) to the pre-gap offset, which
    # lands just after the gap once converted: the same choice Cal.com's dayjs makes.
    return datetime.combine(day, time(hours, minutes), tzinfo=tz)


def windows(schedule: StoredSchedule, first: date, last: date) -> list[Interval]:
    """Available intervals in UTC for local dates first..last, merged where they touch."""
    tz = ZoneInfo(schedule.time_zone)
    out: list[Interval] = []
    day = first
    while day <= last:
        todays = [o for o in schedule.overrides if o.date == day.isoformat()]
        if todays:  # a date override replaces that day's weekly hours entirely
            spans = [(_wall(day, o.start_time, tz), _wall(day, o.end_time, tz)) for o in todays]
        else:
            weekday = WEEKDAYS[day.weekday()]
            spans = [
                (_wall(day, rule.start_time, tz), _wall(day, rule.end_time, tz))
                for rule in schedule.availability
                if weekday in rule.days
            ]
        out.extend((s.astimezone(UTC), e.astimezone(UTC)) for s, e in spans if e > s)
        day += timedelta(days=1)
    return _merge(out)


def _merge(intervals: Iterable[Interval]) -> list[Interval]:
    merged: list[Interval] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _seats_left(event_type: StoredEventType, b: StoredBooking) -> bool:
    """A seated event type's booking keeps its slot open while it has free seats."""
    seats = event_type.seats_per_time_slot
    return bool(seats) and b.event_type_id == event_type.id and len(b.attendees) < (seats or 0)


def busy(
    state: State,
    event_type: StoredEventType,
    now: datetime,
    *,
    host_id: int | None = None,
    exclude_uid: str | None = None,
    reservations: bool = True,
) -> list[Interval]:
    """What blocks a host (default: the owner): their live bookings (of any event type), busy times
    on their selected calendars and unexpired reservations of this event type. Buffers apply on both
    sides: the booked event's own before/after buffers, and this event's, so each interval is
    widened by both and compared with the bare candidate slot."""
    host = event_type.owner_id if host_id is None else host_id
    own_before = timedelta(minutes=event_type.before_buffer)
    own_after = timedelta(minutes=event_type.after_buffer)
    out: list[Interval] = []
    for b in state.bookings.values():
        if host not in b.hosts or b.status not in BUSY_STATUSES or b.uid == exclude_uid:
            continue
        if _seats_left(event_type, b):
            continue
        booked = state.event_types.get(b.event_type_id)
        before = timedelta(minutes=booked.before_buffer) if booked else timedelta(0)
        after = timedelta(minutes=booked.after_buffer) if booked else timedelta(0)
        out.append((b.start - before - own_after, b.end + after + own_before))
    out.extend(
        interval for c in state.calendars if c.user_id == host and c.is_selected for interval in c.busy
    )
    if reservations:
        out.extend(
            (r.start, r.end)
            for r in state.reservations.values()
            if r.event_type_id == event_type.id and r.until > now
        )
    return out


def _overlaps(start: datetime, end: datetime, intervals: Iterable[Interval]) -> bool:
    return any(start < b_end and b_start < end for b_start, b_end in intervals)


def _host_slots(
    state: State,
    event_type: StoredEventType,
    host_id: int,
    range_start: datetime,
    range_end: datetime,
    now: datetime,
    duration: int | None,
    exclude_uid: str | None,
) -> set[Interval]:
    schedule = state.schedule_for(event_type, host_id)
    if schedule is None:
        return set()
    length = timedelta(minutes=duration or event_type.length)
    step = timedelta(minutes=event_type.slot_interval or duration or event_type.length)
    tz = ZoneInfo(schedule.time_zone)
    first = range_start.astimezone(tz).date() - timedelta(days=1)
    last = range_end.astimezone(tz).date() + timedelta(days=1)
    earliest = now + timedelta(minutes=event_type.minimum_booking_notice)
    taken = busy(state, event_type, now, host_id=host_id, exclude_uid=exclude_uid)
    slots: set[Interval] = set()
    for win_start, win_end in windows(schedule, first, last):
        start = win_start
        while start + length <= win_end:
            end = start + length
            if range_start <= start <= range_end and start >= earliest and not _overlaps(start, end, taken):
                slots.add((start, end))
            start += step
    return slots


def _combine(event_type: StoredEventType, per_host: dict[int, set[Interval]]) -> set[Interval]:
    """COLLECTIVE: every host is free. Otherwise (personal, ROUND_ROBIN): any host is, and every
    mandatory host too."""
    if not per_host:
        return set()
    if event_type.scheduling_type == "COLLECTIVE":
        return set.intersection(*per_host.values())
    combined = set.union(*per_host.values())
    for host in event_type.hosts:
        if host.mandatory:
            combined &= per_host.get(host.user_id, set())
    return combined


def free_slots(
    state: State,
    event_type: StoredEventType,
    range_start: datetime,
    range_end: datetime,
    now: datetime,
    *,
    duration: int | None = None,
    exclude_uid: str | None = None,
) -> list[Interval]:
    per_host = {
        host: _host_slots(state, event_type, host, range_start, range_end, now, duration, exclude_uid)
        for host in event_type.host_ids
    }
    return sorted(_combine(event_type, per_host))


def free_hosts(
    state: State,
    event_type: StoredEventType,
    start: datetime,
    now: datetime,
    *,
    duration: int | None = None,
    exclude_uid: str | None = None,
) -> list[int]:
    """The hosts free for the whole of ``start``..``start + duration`` (reservations aside: the
    server only hides reserved slots from listings, they do not block a booking)."""
    end = start + timedelta(minutes=duration or event_type.length)
    out = []
    for host in event_type.host_ids:
        schedule = state.schedule_for(event_type, host)
        if schedule is None:
            continue
        tz = ZoneInfo(schedule.time_zone)
        day = start.astimezone(tz).date()
        inside = any(
            w_start <= start and end <= w_end
            for w_start, w_end in windows(schedule, day - timedelta(days=1), day + timedelta(days=1))
        )
        taken = busy(state, event_type, now, host_id=host, exclude_uid=exclude_uid, reservations=False)
        if inside and not _overlaps(start, end, taken):
            out.append(host)
    return out


def unavailability(
    state: State,
    event_type: StoredEventType,
    start: datetime,
    now: datetime,
    *,
    duration: int | None = None,
    exclude_uid: str | None = None,
) -> str | None:
    """Why ``start`` cannot be booked (the server's internal error code), or None if it can."""
    if start < now:
        return "Attempting to book a meeting in the past."
    if start < now + timedelta(minutes=event_type.minimum_booking_notice):
        return "booking_time_out_of_bounds_error"
    free = set(free_hosts(state, event_type, start, now, duration=duration, exclude_uid=exclude_uid))
    mandatory = {h.user_id for h in event_type.hosts if h.mandatory}
    if event_type.scheduling_type == "COLLECTIVE":
        ok = free == set(event_type.host_ids)
    else:
        ok = bool(free) and mandatory <= free
    return None if ok else "no_available_users_found_error"


# --- GET /v2/slots --------------------------------------------------------------------------------

_SLOT_PARAMS = frozenset(
    {
        "start",
        "end",
        "organizationSlug",
        "teamSlug",
        "username",
        "eventTypeSlug",
        "eventTypeId",
        "usernames",
        "format",
        "duration",
        "timeZone",
        "bookingUidToReschedule",
    }
)


def find_event_type(
    state: State,
    event_type_id: str | None,
    slug: str | None,
    username: str | None,
    team_slug: str | None = None,
    org_slug: str | None = None,
) -> StoredEventType:
    if event_type_id is not None:
        found = state.event_types.get(int(event_type_id)) if event_type_id.isdigit() else None
        if found is None:
            raise not_found(f"Event Type with ID={event_type_id} not found")
        return found
    if slug and team_slug:
        team = state.team_by_slug(team_slug, org_slug)
        match = (
            next((e for e in state.event_types.values() if e.team_id == team.id and e.slug == slug), None)
            if team
            else None
        )
        if match is None:
            raise not_found(f"Event type with slug {slug} belonging to team {team_slug} not found.")
        return match
    if slug and username:
        owner = state.user_by_username(username)
        match = next((e for e in state.event_types_of(owner.id) if e.slug == slug), None) if owner else None
        if match is None:
            raise not_found(f"Event type with slug {slug} belonging to user {username} not found.")
        return match
    raise HttpError(
        400, "Either eventTypeId or eventTypeSlug + username or eventTypeSlug + teamSlug must be provided"
    )


def seats(state: State, event_type: StoredEventType, start: datetime) -> dict[str, Any]:
    """A seated slot's counts, as SlotsOutputService_2024_09_04 adds them (bookingUid only once
    someone holds a seat there)."""
    total = event_type.seats_per_time_slot or 0
    held = next(
        (
            b
            for b in state.bookings.values()
            if b.event_type_id == event_type.id and b.start == start and b.status in BUSY_STATUSES
        ),
        None,
    )
    booked = len(held.attendees) if held else 0
    out: dict[str, Any] = {"seatsBooked": booked, "seatsRemaining": total - booked, "seatsTotal": total}
    if held is not None:
        out["bookingUid"] = held.uid
    return out


async def get_slots(ctx: Ctx) -> Response:
    req = ctx.request
    problems = [
        wrong(name, f"property {name} should not exist") for name in req.query if name not in _SLOT_PARAMS
    ]
    tz_name = req.arg("timeZone")
    tz = zone(tz_name) if tz_name else ZoneInfo("UTC")
    if tz is None:
        problems.append(wrong("timeZone", "timeZone must be a valid IANA time-zone"))
    raw_start, raw_end = req.arg("start"), req.arg("end")
    start = parse_instant(raw_start, tz or ZoneInfo("UTC")) if raw_start else None
    end = parse_instant(raw_end, tz or ZoneInfo("UTC"), end_of_day=True) if raw_end else None
    if start is None:
        problems.append(wrong("start", "start must be a valid ISO 8601 date string"))
    if end is None:
        problems.append(wrong("end", "end must be a valid ISO 8601 date string"))
    duration_text = req.arg("duration")
    if duration_text is not None and not duration_text.isdigit():
        problems.append(wrong("duration", "duration must be an integer number"))
    fmt = req.arg("format")
    if fmt not in (None, "range", "time"):
        problems.append(wrong("format", "format must be one of the following values: range, time"))
    if problems:
        raise flattened_error(problems)
    assert start is not None and end is not None
    if end < start:
        raise HttpError(400, "End time must be after start time")
    event_type = find_event_type(
        ctx.state,
        req.arg("eventTypeId"),
        req.arg("eventTypeSlug"),
        req.arg("username"),
        req.arg("teamSlug"),
        req.arg("organizationSlug"),
    )
    slots = free_slots(
        ctx.state,
        event_type,
        start,
        end,
        ctx.clock.now(),
        duration=int(duration_text) if duration_text else None,
        exclude_uid=req.arg("bookingUidToReschedule"),
    )
    shown_zone = tz_name if tz_name else None
    days: dict[str, list[dict[str, Any]]] = {}
    for slot_start, slot_end in slots:
        key = slot_start.astimezone(tz or ZoneInfo("UTC")).date().isoformat()
        item: dict[str, Any] = {"start": iso_in_zone(slot_start, shown_zone)}
        if fmt == "range":
            item["end"] = iso_in_zone(slot_end, shown_zone)
        if event_type.seats_per_time_slot:
            item.update(seats(ctx.state, event_type, slot_start))
        days.setdefault(key, []).append(item)
    return ok(days)
