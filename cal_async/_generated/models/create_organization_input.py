# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_organization_input_metadata import CreateOrganizationInputMetadata


class CreateOrganizationInput(ApiModel):
    """
    Attributes:
        name (str): Name of the organization Example: CalTeam.
        api_key_days_valid (float | Unset): For how many days is managed organization api key valid. Defaults to 30
            days. Default: 30.0. Example: 60.
        api_key_never_expires (bool | Unset): If true, organization api key never expires. Example: True.
        slug (str | Unset): Organization slug in kebab-case - if not provided will be generated automatically based on
            name. Example: cal-tel.
        metadata (CreateOrganizationInputMetadata | Unset): You can store any additional data you want here.
            Metadata must have at most 50 keys, each key up to 40 characters.
            Values can be strings (up to 500 characters), numbers, or booleans. Example: {'key': 'value'}.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "name",
            "apiKeyDaysValid",
            "apiKeyNeverExpires",
            "slug",
            "metadata",
        }
    )
    _required = frozenset(
        {
            "name",
        }
    )

    def __init__(
        self,
        *,
        name: str,
        api_key_days_valid: float | Unset = UNSET,
        api_key_never_expires: bool | Unset = UNSET,
        slug: str | Unset = UNSET,
        metadata: CreateOrganizationInputMetadata | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["name"] = name

        _api_key_days_valid = api_key_days_valid

        if not isinstance(_api_key_days_valid, Unset):
            data["apiKeyDaysValid"] = _api_key_days_valid
        _api_key_never_expires = api_key_never_expires

        if not isinstance(_api_key_never_expires, Unset):
            data["apiKeyNeverExpires"] = _api_key_never_expires
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
    def name(self) -> str:
        """Name of the organization"""
        return cast(str, self._req("name"))

    @property
    def api_key_days_valid(self) -> float | Unset:
        """For how many days is managed organization api key valid. Defaults to 30 days."""
        return cast(float | Unset, self._data.get("apiKeyDaysValid", UNSET))

    @property
    def api_key_never_expires(self) -> bool | Unset:
        """If true, organization api key never expires."""
        return cast(bool | Unset, self._data.get("apiKeyNeverExpires", UNSET))

    @property
    def slug(self) -> str | Unset:
        """Organization slug in kebab-case - if not provided will be generated automatically based on name."""
        return cast(str | Unset, self._data.get("slug", UNSET))

    @property
    def metadata(self) -> CreateOrganizationInputMetadata | Unset:
        """You can store any additional data you want here.
        Metadata must have at most 50 keys, each key up to 40 characters.
        Values can be strings (up to 500 characters), numbers, or booleans."""
        from ..models.create_organization_input_metadata import CreateOrganizationInputMetadata  # noqa: PLC0415

        _metadata = self._data.get("metadata", UNSET)
        metadata: CreateOrganizationInputMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CreateOrganizationInputMetadata.from_dict(_metadata)

        return metadata
