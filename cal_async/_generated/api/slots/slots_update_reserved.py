# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.reserve_slot_input import ReserveSlotInput
from ...models.reserve_slot_output_response import ReserveSlotOutputResponse
from ...types import Unset

METHOD = "PATCH"
PATH = "/v2/slots/reservations/{uid}"
AUTH: tuple[str, ...] = ()
API_VERSION: str | None = "2024-09-04"


def _get_kwargs(
    uid: str,
    *,
    body: ReserveSlotInput | Mapping[str, Any],
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
    if isinstance(body, Mapping):
        _kwargs["json"] = dict(body)
    elif not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()
    return _kwargs


def _parse_envelope(data: Any) -> ReserveSlotOutputResponse:
    response_200 = ReserveSlotOutputResponse.from_dict(data)

    return response_200


def _parse(data: Any) -> ReserveSlotOutput:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
