"""``x-oauth-scopes`` on a document fragment: what the generator will put in docstrings and the table."""

from __future__ import annotations

from typing import Any

import pytest

from openapi.document import iter_operations
from openapi.oauth_scopes import scopes_doc_line, scopes_of

FRAGMENT: dict[str, Any] = {
    "openapi": "3.0.0",
    "paths": {
        "/v2/bookings": {
            "get": {"operationId": "BookingsController_getBookings", "x-oauth-scopes": ["BOOKING_READ"]},
            "post": {"operationId": "BookingsController_createBooking"},  # public: no scope
        },
        "/v2/teams/{teamId}/event-types": {
            "post": {
                "operationId": "TeamsEventTypesController_create",
                "x-oauth-scopes": "TEAM_EVENT_TYPE_WRITE, TEAM_EVENT_TYPE_WRITE PROFILE_READ",
            }
        },
    },
}


def test_scopes_per_operation() -> None:
    found = {op["operationId"]: scopes_of(op) for _, _, op in iter_operations(FRAGMENT)}
    assert found == {
        "BookingsController_getBookings": ("BOOKING_READ",),
        "BookingsController_createBooking": (),
        "TeamsEventTypesController_create": ("TEAM_EVENT_TYPE_WRITE", "PROFILE_READ"),
    }


def test_docstring_line() -> None:
    assert scopes_doc_line(()) is None
    assert (
        scopes_doc_line(("BOOKING_READ",)) == "With an OAuth access token, needs the scope ``BOOKING_READ``."
    )
    # oauth-permissions.guard.ts: an ORG_ scope satisfies the TEAM_ one.
    assert scopes_doc_line(("TEAM_EVENT_TYPE_WRITE", "PROFILE_READ")) == (
        "With an OAuth access token, needs the scopes ``TEAM_EVENT_TYPE_WRITE`` "
        "(or ``ORG_EVENT_TYPE_WRITE``), ``PROFILE_READ``."
    )


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ({"BOOKING_READ": True}, "should be a list"),
        (["booking:read"], "not a scope name"),
        ([3], "not a scope name"),
    ],
)
def test_unexpected_shapes_stop_generation(value: object, problem: str) -> None:
    with pytest.raises(ValueError, match=problem) as caught:
        scopes_of({"operationId": "X_get", "x-oauth-scopes": value})
    assert str(caught.value).startswith("X_get: ")
