# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.create_organization_attribute_input import CreateOrganizationAttributeInput
from ...models.create_organization_attributes_output import CreateOrganizationAttributesOutput
from ...types import Unset

METHOD = "POST"
PATH = "/v2/organizations/{org_id}/attributes"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    org_id: int,
    *,
    body: CreateOrganizationAttributeInput | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
        ),
        "headers": headers,
    }
    if isinstance(body, Mapping):
        _kwargs["json"] = dict(body)
    elif not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()
    return _kwargs


def _parse_envelope(data: Any) -> CreateOrganizationAttributesOutput:
    response_201 = CreateOrganizationAttributesOutput.from_dict(data)

    return response_201


def _parse(data: Any) -> Attribute:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
