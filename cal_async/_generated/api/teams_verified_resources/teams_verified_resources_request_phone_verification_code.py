# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.request_phone_verification_input import RequestPhoneVerificationInput
from ...models.request_phone_verification_output import RequestPhoneVerificationOutput
from ...types import Unset

METHOD = "POST"
PATH = "/v2/teams/{team_id}/verified-resources/phones/verification-code/request"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    team_id: int,
    *,
    body: RequestPhoneVerificationInput | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            team_id=path_segment("team_id", team_id),
        ),
        "headers": headers,
    }
    if isinstance(body, Mapping):
        _kwargs["json"] = dict(body)
    elif not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()
    return _kwargs


def _parse_envelope(data: Any) -> RequestPhoneVerificationOutput:
    response_200 = RequestPhoneVerificationOutput.from_dict(data)

    return response_200


def _parse(data: Any) -> RequestPhoneVerificationOutput:
    return _parse_envelope(data)
