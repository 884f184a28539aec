# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._models import to_json
from cal_async._operation import Operation, decode_result

if TYPE_CHECKING:
    from ...models.destination_calendars_input_body_dto import (
        DestinationCalendarsInputBodyDto,
        DestinationCalendarsInputBodyDtoDict,
    )
    from ...models.destination_calendars_output_dto import DestinationCalendarsOutputDto

    pass

OPERATION: Final = "destination_calendars.update"
METHOD: Final = "PUT"
PATH: Final = "/v2/destination-calendars"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[DestinationCalendarsOutputDto]] = model(
    "destination_calendars_output_dto", "DestinationCalendarsOutputDto"
)


def build_request(
    *,
    body: DestinationCalendarsInputBodyDto | DestinationCalendarsInputBodyDtoDict,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "headers": headers,
    }
    kwargs["json"] = to_json(body, what="body")
    return kwargs


def parse_result(data: Any) -> DestinationCalendarsOutputDto:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/destination-calendars", AUTH, API_VERSION, build_request, parse_result
)
