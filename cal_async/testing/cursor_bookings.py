"""``GET /v2/bookings`` under ``cal-api-version: 2026-05-01``: the bookings list paged by cursor.

As Cal.com's docs describe it (docs.cal.com ``api-reference/v2/bookings/get-all-bookings``, the
published ``openapi.json``'s ``BookingsController_2026_05_01_getBookings``; mirrored in the search
tools as Genei-Ltd/calcom-docs ``api-reference/v2/bookings/get-all-bookings.md``): ``limit`` 1..100
(default 50), an opaque ``cursor`` (the previous answer's ``pagination.nextCursor``; omitted for the
first page), one ``status`` at most, and the answer ``{status, data, pagination: {nextCursor,
hasMore}}`` with ``nextCursor`` null on the last page. The sort follows ``status``: ``upcoming``,
``recurring`` and ``unconfirmed`` walk forward in time, the others (and no status) backward.

The server's cursor encodes the last row's sort key; so does this one (base64url JSON of the last
booking's start and id), so a booking created while paging never shifts a page the way an offset
does. The 2025 snapshots this SDK is generated from do not have this version; the fake serves it
for the cursor pagination of documents that do.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime
from zoneinfo import ZoneInfo

from .bookings import _matches_status, serialize
from .clock import iso_ms, parse_instant
from .errors import field_error, validation_error
from .records import StoredBooking
from .routing import Ctx, Response, Route, ok

VERSION = "2026-05-01"
STATUSES = ("upcoming", "recurring", "past", "cancelled", "unconfirmed")
_FORWARD = frozenset({"upcoming", "recurring", "unconfirmed"})
MAX_LIMIT, DEFAULT_LIMIT = 100, 50


def _key(booking: StoredBooking) -> tuple[datetime, int]:
    return booking.start, booking.id


def encode_cursor(booking: StoredBooking) -> str:
    raw = json.dumps({"v": 1, "start": iso_ms(booking.start), "id": booking.id}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[datetime, int] | None:
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        start = parse_instant(str(data["start"]), ZoneInfo("UTC"))
        return (start, int(data["id"])) if start is not None else None
    except (ValueError, KeyError, TypeError, binascii.Error):
        return None


def _query(ctx: Ctx) -> tuple[str | None, int, tuple[datetime, int] | None]:
    """The status, limit and cursor asked for, validated as the 2026-05-01 input is."""
    req, errors = ctx.request, []
    status = req.arg("status")
    if status is not None and status not in STATUSES:
        errors.append(
            field_error("status", status, "isEnum", f"status must be one of: {', '.join(STATUSES)}")
        )
    raw_limit = req.arg("limit")
    limit = DEFAULT_LIMIT
    if raw_limit is not None:
        if not raw_limit.isdigit():
            errors.append(field_error("limit", raw_limit, "isNumber", "limit must be a number"))
        elif not 1 <= int(raw_limit) <= MAX_LIMIT:
            message = (
                f"limit must not be {'less than 1' if int(raw_limit) < 1 else f'greater than {MAX_LIMIT}'}"
            )
            errors.append(
                field_error("limit", int(raw_limit), "min" if int(raw_limit) < 1 else "max", message)
            )
        else:
            limit = int(raw_limit)
    raw_cursor = req.arg("cursor")
    after = _decode_cursor(raw_cursor) if raw_cursor else None
    if raw_cursor and after is None:
        errors.append(field_error("cursor", raw_cursor, "isCursor", "cursor is not a cursor this API issued"))
    if errors:
        raise validation_error(errors)
    return status, limit, after


async def list_bookings_by_cursor(ctx: Ctx) -> Response:
    user = ctx.require_user()
    status, limit, after = _query(ctx)
    now = ctx.clock.now()
    forward = status in _FORWARD
    found = sorted(
        (
            b
            for b in ctx.state.bookings.values()
            if user.id in b.hosts and _matches_status(b, [status] if status else [], now)
        ),
        key=_key,
        reverse=not forward,
    )
    if after is not None:
        found = [b for b in found if (_key(b) > after if forward else _key(b) < after)]
    page, more = found[:limit], len(found) > limit
    pagination = {"nextCursor": encode_cursor(page[-1]) if more else None, "hasMore": more}
    return ok([serialize(b, ctx) for b in page], pagination=pagination)


# Routes a cal-api-version newer than the 2025 server's reaches (app.FakeApp._other_version).
ROUTES = [Route("GET", "/v2/bookings", list_bookings_by_cursor, VERSION, no_auth_status=403)]
