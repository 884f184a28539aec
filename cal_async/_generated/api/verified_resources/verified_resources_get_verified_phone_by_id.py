# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.user_verified_phone_output import UserVerifiedPhoneOutput

METHOD = "GET"
PATH = "/v2/verified-resources/phones/{id}"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            id=path_segment("id", id),
        ),
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> UserVerifiedPhoneOutput:
    response_200 = UserVerifiedPhoneOutput.from_dict(data)

    return response_200


def _parse(data: Any) -> ScheduleOutput:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
