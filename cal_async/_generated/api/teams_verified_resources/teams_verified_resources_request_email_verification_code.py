# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.request_email_verification_input import RequestEmailVerificationInput
from ...models.request_email_verification_output import RequestEmailVerificationOutput
from ...types import Unset

METHOD = "POST"
PATH = "/v2/teams/{team_id}/verified-resources/emails/verification-code/request"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    team_id: int,
    *,
    body: RequestEmailVerificationInput | Mapping[str, Any],
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


def _parse_envelope(data: Any) -> RequestEmailVerificationOutput:
    response_200 = RequestEmailVerificationOutput.from_dict(data)

    return response_200


def _parse(data: Any) -> RequestEmailVerificationOutput:
    return _parse_envelope(data)
