"""The same booking page modelled with the other two technologies the SDK could use.

Only for ``bench_parse``'s comparison: msgspec Structs (a full typed decode straight from bytes)
and pydantic v2 models (full validation). Both drop undeclared fields and cannot keep unknown enum
values without a catch-all type, which the SDK's lazy views do; the figures say what that costs.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import msgspec
import pydantic
from pydantic.alias_generators import to_camel


class MsHost(msgspec.Struct, rename="camel"):
    id: int
    name: str
    email: str
    username: str
    time_zone: str


class MsAttendee(msgspec.Struct, rename="camel"):
    name: str
    email: str
    time_zone: str
    absent: bool
    language: str | None = None


class MsEventType(msgspec.Struct):
    id: int
    slug: str


class MsBooking(msgspec.Struct, rename="camel"):
    id: int
    uid: str
    title: str
    description: str | None
    hosts: list[MsHost]
    status: str
    start: datetime
    end: datetime
    duration: int
    event_type_id: int
    event_type: MsEventType
    location: str | None
    absent_host: bool
    created_at: datetime
    updated_at: datetime | None
    attendees: list[MsAttendee]
    booking_fields_responses: dict[str, Any]
    meeting_url: str | None = None
    metadata: dict[str, Any] = {}
    rating: float | None = None
    ics_uid: str | None = None
    guests: list[str] = []


class MsPage(msgspec.Struct):
    status: str
    data: list[MsBooking]
    pagination: dict[str, Any]


class _Camel(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(alias_generator=to_camel)


class PyHost(_Camel):
    id: int
    name: str
    email: str
    username: str
    time_zone: str


class PyAttendee(_Camel):
    name: str
    email: str
    time_zone: str
    absent: bool
    language: str | None = None


class PyEventType(_Camel):
    id: int
    slug: str


class PyBooking(_Camel):
    id: int
    uid: str
    title: str
    description: str | None
    hosts: list[PyHost]
    status: str
    start: datetime
    end: datetime
    duration: int
    event_type_id: int
    event_type: PyEventType
    location: str | None
    absent_host: bool
    created_at: datetime
    updated_at: datetime | None
    attendees: list[PyAttendee]
    booking_fields_responses: dict[str, Any]
    meeting_url: str | None = None
    metadata: dict[str, Any] = {}
    rating: float | None = None
    ics_uid: str | None = None
    guests: list[str] = []


class PyPage(_Camel):
    status: str
    data: list[PyBooking]
    pagination: dict[str, Any]
