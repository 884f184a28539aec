# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.unassign_option_user_output import UnassignOptionUserOutput

METHOD = "DELETE"
PATH = "/v2/organizations/{org_id}/attributes/options/{user_id}/{attribute_option_id}"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    org_id: int,
    user_id: int,
    attribute_option_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            user_id=path_segment("user_id", user_id),
            attribute_option_id=path_segment("attribute_option_id", attribute_option_id),
        ),
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> UnassignOptionUserOutput:
    response_200 = UnassignOptionUserOutput.from_dict(data)

    return response_200


def _parse(data: Any) -> AssignOptionUserOutputData:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
