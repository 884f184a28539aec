# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._models import to_json
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

from ...models.calendars_delete_credentials_calendar import CalendarsDeleteCredentialsCalendar

if TYPE_CHECKING:
    from ...models.delete_calendar_credentials_input_body_dto import (
        DeleteCalendarCredentialsInputBodyDto,
        DeleteCalendarCredentialsInputBodyDtoDict,
    )
    from ...models.deleted_calendar_credentials_output_dto import DeletedCalendarCredentialsOutputDto

    pass

OPERATION: Final = "calendars.delete_credentials"
METHOD: Final = "POST"
PATH: Final = "/v2/calendars/{calendar}/disconnect"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[DeletedCalendarCredentialsOutputDto]] = model(
    "deleted_calendar_credentials_output_dto", "DeletedCalendarCredentialsOutputDto"
)


def build_request(
    calendar: CalendarsDeleteCredentialsCalendar | Literal["apple", "google", "office365"],
    *,
    body: DeleteCalendarCredentialsInputBodyDto | DeleteCalendarCredentialsInputBodyDtoDict,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            calendar=path_segment("calendar", calendar),
        ),
        "headers": headers,
    }
    kwargs["json"] = to_json(body, what="body")
    return kwargs


def parse_result(data: Any) -> DeletedCalendarCredentialsOutputDto:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/calendars/{calendar}/disconnect", AUTH, API_VERSION, build_request, parse_result
)
