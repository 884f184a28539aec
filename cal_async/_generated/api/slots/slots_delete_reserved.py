# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.slots_delete_reserved_response_200 import SlotsDeleteReservedResponse200

METHOD = "DELETE"
PATH = "/v2/slots/reservations/{uid}"
AUTH: tuple[str, ...] = ()
API_VERSION: str | None = "2024-09-04"


def _get_kwargs(
    uid: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["cal-api-version"] = API_VERSION

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            uid=path_segment("uid", uid),
        ),
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> SlotsDeleteReservedResponse200:
    response_200 = SlotsDeleteReservedResponse200.from_dict(data)

    return response_200


def _parse(data: Any) -> SlotsDeleteReservedResponse200:
    return _parse_envelope(data)
