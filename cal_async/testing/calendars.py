"""Connected calendars (``GET /v2/calendars``) and busy times (``GET /v2/calendars/busy-times``).

Busy times take the calendars as ``calendarsToLoad[i][credentialId]`` / ``calendarsToLoad[i]
[externalId]`` (CalendarBusyTimesInput in busy-times.input.ts); the global validation pipe
forbids any other query field, so the spec's top-level ``credentialId``/``externalId`` are a 400.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from .clock import iso_ms, parse_instant, zone
from .errors import field_error, validation_error
from .records import StoredCalendar
from .routing import Ctx, Response, ok

_INTEGRATIONS: dict[str, dict[str, str]] = {
    "google_calendar": {"name": "Google Calendar", "slug": "google-calendar", "type": "google_calendar"},
    "office365_calendar": {
        "name": "Outlook Calendar",
        "slug": "office365-calendar",
        "type": "office365_calendar",
    },
    "apple_calendar": {"name": "Apple Calendar", "slug": "apple-calendar", "type": "apple_calendar"},
}
_BUSY_KEYS = frozenset({"loggedInUsersTz", "timeZone", "dateFrom", "dateTo"})
_TO_LOAD = re.compile(r"^calendarsToLoad\[(\d+)\]\[(credentialId|externalId)\]$")


def _integration(kind: str) -> dict[str, Any]:
    known = _INTEGRATIONS.get(kind, {"name": kind, "slug": kind, "type": kind})
    return {
        **known,
        "description": f"{known['name']} integration",
        "variant": "calendar",
        "categories": ["calendar"],
        "logo": f"/app-store/{known['slug']}/icon.svg",
        "publisher": "Cal.com",
        "url": "https://cal.com/",
        "email": "help@cal.com",
        "locationOption": None,
    }


def _calendar(c: StoredCalendar, email: str) -> dict[str, Any]:
    return {
        "externalId": c.external_id,
        "integration": c.integration,
        "name": c.name,
        "primary": c.primary,
        "readOnly": False,
        "email": email,
        "isSelected": c.is_selected,
        "credentialId": c.credential_id,
    }


async def connected_calendars(ctx: Ctx) -> Response:
    user = ctx.require_user()
    mine = [c for c in ctx.state.calendars if c.user_id == user.id]
    by_credential: dict[int, list[StoredCalendar]] = {}
    for c in mine:
        by_credential.setdefault(c.credential_id, []).append(c)
    connected = []
    for credential_id, calendars in by_credential.items():
        primary = next((c for c in calendars if c.primary), calendars[0])
        connected.append(
            {
                "integration": _integration(calendars[0].integration),
                "credentialId": credential_id,
                "primary": {**_calendar(primary, user.email), "primary": True},
                "calendars": [_calendar(c, user.email) for c in calendars],
            }
        )
    first = next((c for c in mine if c.primary), mine[0] if mine else None)
    destination: dict[str, Any] | None = (
        {
            "id": first.credential_id,
            "integration": first.integration,
            "externalId": first.external_id,
            "primaryEmail": user.email,
            "userId": user.id,
            "eventTypeId": None,
            "credentialId": first.credential_id,
            "name": first.name,
            "primary": True,
            "readOnly": False,
            "email": user.email,
        }
        if first
        else None
    )
    return ok({"connectedCalendars": connected, "destinationCalendar": destination})


async def busy_times(ctx: Ctx) -> Response:
    user = ctx.require_user()
    query = ctx.request.query
    errors = []
    loaded: dict[int, dict[str, str]] = {}
    for name in query:
        match = _TO_LOAD.match(name)
        if match:
            loaded.setdefault(int(match.group(1)), {})[match.group(2)] = ctx.request.arg(name) or ""
        elif name not in _BUSY_KEYS:
            errors.append(
                field_error(
                    name, ctx.request.arg(name), "whitelistValidation", f"property {name} should not exist"
                )
            )
    tz_name = ctx.request.arg("timeZone") or ctx.request.arg("loggedInUsersTz")
    if not tz_name:
        errors.append(
            field_error(
                "timeZone",
                None,
                "validateTimezoneRequired",
                "Either timeZone or loggedInUsersTz must be provided",
            )
        )
    tz = zone(tz_name or "UTC") or ZoneInfo("UTC")
    bounds: list[datetime] = []
    for name, end_of_day in (("dateFrom", False), ("dateTo", True)):
        raw = ctx.request.arg(name)
        moment = parse_instant(raw, tz, end_of_day=end_of_day) if raw else None
        if moment is None:
            errors.append(
                field_error(name, raw, "isDateString", f"{name} must be a valid ISO 8601 date string")
            )
        else:
            bounds.append(moment)
    wanted: set[tuple[int, str]] = set()
    for index, pair in sorted(loaded.items()):
        credential = pair.get("credentialId", "")
        if not credential.isdigit() or "externalId" not in pair:
            message = f"calendarsToLoad.{index}.credentialId must be a number"
            errors.append(field_error("calendarsToLoad", [pair], "isNumber", message))
            continue
        wanted.add((int(credential), pair["externalId"]))
    if errors:
        raise validation_error(errors)
    start, end = bounds
    out = [
        {"start": iso_ms(b_start), "end": iso_ms(b_end), "source": None}
        for c in ctx.state.calendars
        if c.user_id == user.id and (c.credential_id, c.external_id) in wanted
        for b_start, b_end in c.busy
        if b_start < end and start < b_end
    ]
    out.sort(key=lambda item: str(item["start"]))
    return ok(out)
