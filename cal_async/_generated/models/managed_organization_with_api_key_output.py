# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.managed_organization_with_api_key_output_metadata import ManagedOrganizationWithApiKeyOutputMetadata


class ManagedOrganizationWithApiKeyOutput(ApiModel):
    """
    Attributes:
        id (int):
        name (str):
        api_key (str):
        slug (str | Unset):
        metadata (ManagedOrganizationWithApiKeyOutputMetadata | Unset):  Example: {'key': 'value'}.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "name",
            "apiKey",
            "slug",
            "metadata",
        }
    )
    _required = frozenset(
        {
            "id",
            "name",
            "apiKey",
        }
    )

    def __init__(
        self,
        *,
        id: int,
        name: str,
        api_key: str,
        slug: str | Unset = UNSET,
        metadata: ManagedOrganizationWithApiKeyOutputMetadata | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["name"] = name

        data["apiKey"] = api_key

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
    def api_key(self) -> str:
        return cast(str, self._req("apiKey"))

    @property
    def slug(self) -> str | Unset:
        return cast(str | Unset, self._data.get("slug", UNSET))

    @property
    def metadata(self) -> ManagedOrganizationWithApiKeyOutputMetadata | Unset:
        from ..models.managed_organization_with_api_key_output_metadata import (
            ManagedOrganizationWithApiKeyOutputMetadata,  # noqa: PLC0415
        )

        _metadata = self._data.get("metadata", UNSET)
        metadata: ManagedOrganizationWithApiKeyOutputMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ManagedOrganizationWithApiKeyOutputMetadata.from_dict(_metadata)

        return metadata
