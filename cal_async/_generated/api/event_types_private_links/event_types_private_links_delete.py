# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

if TYPE_CHECKING:
    from ...models.delete_private_link_output_data import DeletePrivateLinkOutputData

    pass

OPERATION: Final = "event_types.private_links.delete"
METHOD: Final = "DELETE"
PATH: Final = "/v2/event-types/{event_type_id}/private-links/{link_id}"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[DeletePrivateLinkOutputData]] = model(
    "delete_private_link_output_data", "DeletePrivateLinkOutputData"
)


def build_request(
    event_type_id: int,
    link_id: str,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            event_type_id=path_segment("event_type_id", event_type_id),
            link_id=path_segment("link_id", link_id),
        ),
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> DeletePrivateLinkOutputData:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION,
    METHOD,
    "/v2/event-types/{eventTypeId}/private-links/{linkId}",
    AUTH,
    API_VERSION,
    build_request,
    parse_result,
)
