# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.get_all_attribute_option_output import GetAllAttributeOptionOutput

METHOD = "GET"
PATH = "/v2/organizations/{org_id}/attributes/{attribute_id}/options"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    org_id: int,
    attribute_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            attribute_id=path_segment("attribute_id", attribute_id),
        ),
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> GetAllAttributeOptionOutput:
    response_200 = GetAllAttributeOptionOutput.from_dict(data)

    return response_200


def _parse(data: Any) -> list[OptionOutput]:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
