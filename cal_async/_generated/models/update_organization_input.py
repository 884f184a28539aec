# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_organization_input_metadata import UpdateOrganizationInputMetadata


class UpdateOrganizationInput(ApiModel):
    """
    Attributes:
        name (str | Unset): Name of the organization Example: CalTeam.
        metadata (UpdateOrganizationInputMetadata | Unset): You can store any additional data you want here.
            Metadata must have at most 50 keys, each key up to 40 characters.
            Values can be strings (up to 500 characters), numbers, or booleans. Example: {'key': 'value'}.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "name",
            "metadata",
        }
    )
    _required = frozenset({})

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        metadata: UpdateOrganizationInputMetadata | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        _name = name

        if not isinstance(_name, Unset):
            data["name"] = _name
        _metadata = UNSET
        if not isinstance(metadata, Unset):
            _metadata = as_json(metadata)

        if not isinstance(_metadata, Unset):
            data["metadata"] = _metadata
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def name(self) -> str | Unset:
        """Name of the organization"""
        return cast(str | Unset, self._data.get("name", UNSET))

    @property
    def metadata(self) -> UpdateOrganizationInputMetadata | Unset:
        """You can store any additional data you want here.
        Metadata must have at most 50 keys, each key up to 40 characters.
        Values can be strings (up to 500 characters), numbers, or booleans."""
        from ..models.update_organization_input_metadata import UpdateOrganizationInputMetadata  # noqa: PLC0415

        _metadata = self._data.get("metadata", UNSET)
        metadata: UpdateOrganizationInputMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = UpdateOrganizationInputMetadata.from_dict(_metadata)

        return metadata
