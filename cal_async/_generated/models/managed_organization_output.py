# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.managed_organization_output_metadata import ManagedOrganizationOutputMetadata


class ManagedOrganizationOutput(ApiModel):
    """
    Attributes:
        id (int):
        name (str):
        slug (str | Unset):
        metadata (ManagedOrganizationOutputMetadata | Unset):  Example: {'key': 'value'}.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "name",
            "slug",
            "metadata",
        }
    )
    _required = frozenset(
        {
            "id",
            "name",
        }
    )

    def __init__(
        self,
        *,
        id: int,
        name: str,
        slug: str | Unset = UNSET,
        metadata: ManagedOrganizationOutputMetadata | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["name"] = name

        _slug = slug

        if not isinstance(_slug, Unset):
            data["slug"] = _slug
        _metadata = UNSET
        if not isinstance(metadata, Unset):
            _metadata = as_json(metadata)

        if not isinstance(_metadata, Unset):
            data["metadata"] = _metadata
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> int:
        return cast(int, self._req("id"))

    @property
    def name(self) -> str:
        return cast(str, self._req("name"))

    @property
    def slug(self) -> str | Unset:
        return cast(str | Unset, self._data.get("slug", UNSET))

    @property
    def metadata(self) -> ManagedOrganizationOutputMetadata | Unset:
        from ..models.managed_organization_output_metadata import ManagedOrganizationOutputMetadata  # noqa: PLC0415

        _metadata = self._data.get("metadata", UNSET)
        metadata: ManagedOrganizationOutputMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ManagedOrganizationOutputMetadata.from_dict(_metadata)

        return metadata
