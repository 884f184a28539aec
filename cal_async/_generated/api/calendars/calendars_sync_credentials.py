# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal

from cal_async._fields import (
    ANY,
    Decoder,
)
from cal_async._models import to_json
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

from ...models.calendars_sync_credentials_calendar import CalendarsSyncCredentialsCalendar

if TYPE_CHECKING:
    from ...models.create_calendar_credentials_input import (
        CreateCalendarCredentialsInput,
        CreateCalendarCredentialsInputDict,
    )

    pass

OPERATION: Final = "calendars.sync_credentials"
METHOD: Final = "POST"
PATH: Final = "/v2/calendars/{calendar}/credentials"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[Any]] = ANY


def build_request(
    calendar: CalendarsSyncCredentialsCalendar | Literal["apple"],
    *,
    body: CreateCalendarCredentialsInput | CreateCalendarCredentialsInputDict,
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


def parse_result(data: Any) -> Any:
    return decode_result(OPERATION, data, RESULT, enveloped=False)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/calendars/{calendar}/credentials", AUTH, API_VERSION, build_request, parse_result
)
