# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from cal_async._fields import (
    INT,
    STR,
    field,
    model,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from .managed_organization_with_api_key_output_metadata import ManagedOrganizationWithApiKeyOutputMetadata

    pass


class ManagedOrganizationWithApiKeyOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: int = field("id", INT, required=True)
    name: str = field("name", STR, required=True)
    api_key: str = field("apiKey", STR, required=True)
    slug: str | Unset = field("slug", STR, required=False)
    metadata: ManagedOrganizationWithApiKeyOutputMetadata | Unset = field(
        "metadata",
        model("managed_organization_with_api_key_output_metadata", "ManagedOrganizationWithApiKeyOutputMetadata"),
        required=False,
    )

    def __init__(
        self,
        *,
        id: int,
        name: str,
        api_key: str,
        slug: str | Unset = UNSET,
        metadata: ManagedOrganizationWithApiKeyOutputMetadata | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "id": id,
                "name": name,
                "apiKey": api_key,
                "slug": slug,
                "metadata": metadata,
            }
        )


class ManagedOrganizationWithApiKeyOutputDict(TypedDict, total=False):
    """``ManagedOrganizationWithApiKeyOutput`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[int]
    name: Required[str]
    apiKey: Required[str]
    slug: str
    metadata: ManagedOrganizationWithApiKeyOutputMetadata | Mapping[str, Any]
