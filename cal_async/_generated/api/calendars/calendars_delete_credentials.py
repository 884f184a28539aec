# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.calendars_delete_credentials_calendar import CalendarsDeleteCredentialsCalendar
from ...models.delete_calendar_credentials_input_body_dto import DeleteCalendarCredentialsInputBodyDto
from ...models.deleted_calendar_credentials_output_response_dto import DeletedCalendarCredentialsOutputResponseDto
from ...types import Unset

METHOD = "POST"
PATH = "/v2/calendars/{calendar}/disconnect"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    calendar: CalendarsDeleteCredentialsCalendar,
    *,
    body: DeleteCalendarCredentialsInputBodyDto | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            calendar=path_segment("calendar", calendar),
        ),
        "headers": headers,
    }
    if isinstance(body, Mapping):
        _kwargs["json"] = dict(body)
    elif not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()
    return _kwargs


def _parse_envelope(data: Any) -> DeletedCalendarCredentialsOutputResponseDto:
    response_200 = DeletedCalendarCredentialsOutputResponseDto.from_dict(data)

    return response_200


def _parse(data: Any) -> DeletedCalendarCredentialsOutputDto:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
