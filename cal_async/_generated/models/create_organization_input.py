# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from cal_async._fields import (
    BOOL,
    FLOAT,
    STR,
    field,
    model,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from .create_organization_input_metadata import CreateOrganizationInputMetadata

    pass


class CreateOrganizationInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    name: str = field("name", STR, required=True)
    """ Name of the organization """
    api_key_days_valid: float | Unset = field("apiKeyDaysValid", FLOAT, required=False)
    """ For how many days is managed organization api key valid. Defaults to 30 days. """
    api_key_never_expires: bool | Unset = field("apiKeyNeverExpires", BOOL, required=False)
    """ If true, organization api key never expires. """
    slug: str | Unset = field("slug", STR, required=False)
    """ Organization slug in kebab-case - if not provided will be generated automatically based on name. """
    metadata: CreateOrganizationInputMetadata | Unset = field(
        "metadata", model("create_organization_input_metadata", "CreateOrganizationInputMetadata"), required=False
    )
    """ You can store any additional data you want here.
    Metadata must have at most 50 keys, each key up to 40 characters.
    Values can be strings (up to 500 characters), numbers, or booleans. """

    def __init__(
        self,
        *,
        name: str,
        api_key_days_valid: float | Unset = UNSET,
        api_key_never_expires: bool | Unset = UNSET,
        slug: str | Unset = UNSET,
        metadata: CreateOrganizationInputMetadata | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "name": name,
                "apiKeyDaysValid": api_key_days_valid,
                "apiKeyNeverExpires": api_key_never_expires,
                "slug": slug,
                "metadata": metadata,
            }
        )


class CreateOrganizationInputDict(TypedDict, total=False):
    """``CreateOrganizationInput`` as a plain dict with the API's JSON names, for request bodies."""

    name: Required[str]
    apiKeyDaysValid: float
    apiKeyNeverExpires: bool
    slug: str
    metadata: CreateOrganizationInputMetadata | Mapping[str, Any]
