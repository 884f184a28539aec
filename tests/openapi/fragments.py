"""API document fragments newer than the 2025 snapshots, for the generator and the diff.

``cursor_bookings_document`` is derived from Cal.com's published ``openapi.json`` (docs.cal.com
``api-reference/v2/bookings/get-all-bookings``; in the search tools as Genei-Ltd/calcom-docs
``api-reference/v2/bookings/get-all-bookings.md``): ``BookingsController_2026_05_01_getBookings``,
sent with ``cal-api-version: 2026-05-01``, takes one ``status``, an opaque ``cursor`` and ``limit``
(``minimum: 1, maximum: 100, default: 50, type: number``), and answers
``GetBookingsOutput_2026_05_01``: ``{status, data, pagination: CursorPaginationMeta_2026_05_01}``
with ``{nextCursor (nullable), hasMore}``. The real ``data`` items are a ``oneOf`` of the four
booking outputs; one, trimmed to the fields these tests read, is enough for paging. The made-up
parts: ``GET /v2/bookings/{bookingUid}`` marked ``deprecated`` and the list's ``eventTypeId``
parameter marked ``deprecated`` (the list's docs steer to ``eventTypeIds``).
"""

from __future__ import annotations

import copy
from typing import Any

JSON = dict[str, Any]


def _header(name: str, default: str | None = None) -> JSON:
    schema: JSON = {"type": "string"}
    if default is not None:
        schema.update(example=default, default=default)
    return {"name": name, "in": "header", "required": True, "schema": schema}


def _query(name: str, schema: JSON, **extra: Any) -> JSON:
    return {"name": name, "required": False, "in": "query", "schema": schema, **extra}


def _ok(schema: str) -> JSON:
    """A 200 answering the component ``schema``."""
    content = {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}
    return {"200": {"description": "", "content": content}}


_BOOKING = {
    "type": "object",
    "properties": {
        "id": {"type": "number", "example": 123},
        "uid": {"type": "string", "example": "booking_uid_123"},
        "title": {"type": "string", "example": "Consultation"},
        "status": {"type": "string", "enum": ["cancelled", "accepted", "rejected", "pending"]},
        "start": {"type": "string", "format": "date-time", "example": "2024-08-13T15:30:00Z"},
        "end": {"type": "string", "format": "date-time", "example": "2024-08-13T16:30:00Z"},
    },
    "required": ["id", "uid", "title", "status", "start", "end"],
}

_DOCUMENT: JSON = {
    "openapi": "3.0.0",
    "info": {"title": "Cal.com API v2", "description": "", "version": "1.0.0", "contact": {}},
    "servers": [],
    "tags": [],
    "paths": {
        "/v2/bookings": {
            "get": {
                "operationId": "BookingsController_2026_05_01_getBookings",
                "summary": "Get all bookings",
                "tags": ["Bookings"],
                "parameters": [
                    _header("cal-api-version", "2026-05-01"),
                    _query(
                        "status",
                        {
                            "type": "string",
                            "enum": ["upcoming", "recurring", "past", "cancelled", "unconfirmed"],
                        },
                        description="Filter bookings by a single status.",
                    ),
                    _query(
                        "eventTypeId",
                        {"type": "string", "example": "?eventTypeId=100"},
                        description="Filter bookings by event type id.",
                        deprecated=True,
                    ),
                    _query(
                        "cursor",
                        {"type": "string"},
                        description="Opaque cursor for cursor-based pagination. Pass the "
                        "`pagination.nextCursor` value from a previous response to fetch the next page.",
                    ),
                    _query(
                        "limit",
                        {"minimum": 1, "maximum": 100, "default": 50, "example": 50, "type": "number"},
                        description="The number of items to return",
                    ),
                    _header("Authorization"),
                ],
                "responses": _ok("GetBookingsOutput_2026_05_01"),
            }
        },
        "/v2/bookings/{bookingUid}": {
            "get": {
                "operationId": "BookingsController_2024_08_13_getBooking",
                "summary": "Get a booking",
                "deprecated": True,
                "tags": ["Bookings"],
                "parameters": [
                    _header("cal-api-version", "2024-08-13"),
                    {"name": "bookingUid", "required": True, "in": "path", "schema": {"type": "string"}},
                    _header("Authorization"),
                ],
                "responses": _ok("GetBookingOutput_2024_08_13"),
            }
        },
    },
    "components": {
        "schemas": {
            "GetBookingsOutput_2026_05_01": {
                "type": "object",
                "properties": {
                    "status": {"enum": ["success", "error"], "type": "string", "example": "success"},
                    "data": {
                        "type": "array",
                        "items": {"$ref": "#/components/schemas/BookingOutput_2024_08_13"},
                    },
                    "pagination": {"$ref": "#/components/schemas/CursorPaginationMeta_2026_05_01"},
                },
                "required": ["status", "data", "pagination"],
            },
            "CursorPaginationMeta_2026_05_01": {
                "type": "object",
                "properties": {
                    "nextCursor": {"type": "string", "nullable": True},
                    "hasMore": {"type": "boolean"},
                },
                "required": ["nextCursor", "hasMore"],
            },
            "GetBookingOutput_2024_08_13": {
                "type": "object",
                "properties": {
                    "status": {"enum": ["success", "error"], "type": "string", "example": "success"},
                    "data": {"$ref": "#/components/schemas/BookingOutput_2024_08_13"},
                },
                "required": ["status", "data"],
            },
            "BookingOutput_2024_08_13": _BOOKING,
        }
    },
}


def cursor_bookings_document() -> JSON:
    """A fresh copy (normalisation edits documents in place)."""
    return copy.deepcopy(_DOCUMENT)
