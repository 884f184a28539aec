# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from cal_async._fields import (
    STR,
    field,
    model,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from .update_organization_input_metadata import UpdateOrganizationInputMetadata

    pass


class UpdateOrganizationInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    name: str | Unset = field("name", STR, required=False)
    """ Name of the organization """
    metadata: UpdateOrganizationInputMetadata | Unset = field(
        "metadata", model("update_organization_input_metadata", "UpdateOrganizationInputMetadata"), required=False
    )
    """ You can store any additional data you want here.
    Metadata must have at most 50 keys, each key up to 40 characters.
    Values can be strings (up to 500 characters), numbers, or booleans. """

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        metadata: UpdateOrganizationInputMetadata | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "name": name,
                "metadata": metadata,
            }
        )


class UpdateOrganizationInputDict(TypedDict, total=False):
    """``UpdateOrganizationInput`` as a plain dict with the API's JSON names, for request bodies."""

    name: str
    metadata: UpdateOrganizationInputMetadata | Mapping[str, Any]
