# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membership_user_output_dto_metadata import MembershipUserOutputDtoMetadata


class MembershipUserOutputDto(ApiModel):
    """
    Attributes:
        email (str):
        avatar_url (str | Unset):
        username (str | Unset):
        name (str | Unset):
        bio (str | Unset):
        metadata (MembershipUserOutputDtoMetadata | Unset):  Example: {'key': 'value'}.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "email",
            "avatarUrl",
            "username",
            "name",
            "bio",
            "metadata",
        }
    )
    _required = frozenset(
        {
            "email",
        }
    )

    def __init__(
        self,
        *,
        email: str,
        avatar_url: str | Unset = UNSET,
        username: str | Unset = UNSET,
        name: str | Unset = UNSET,
        bio: str | Unset = UNSET,
        metadata: MembershipUserOutputDtoMetadata | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["email"] = email

        _avatar_url = avatar_url

        if not isinstance(_avatar_url, Unset):
            data["avatarUrl"] = _avatar_url
        _username = username

        if not isinstance(_username, Unset):
            data["username"] = _username
        _name = name

        if not isinstance(_name, Unset):
            data["name"] = _name
        _bio = bio

        if not isinstance(_bio, Unset):
            data["bio"] = _bio
        _metadata = UNSET
        if not isinstance(metadata, Unset):
            _metadata = as_json(metadata)

        if not isinstance(_metadata, Unset):
            data["metadata"] = _metadata
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def email(self) -> str:
        return cast(str, self._req("email"))

    @property
    def avatar_url(self) -> str | Unset:
        return cast(str | Unset, self._data.get("avatarUrl", UNSET))

    @property
    def username(self) -> str | Unset:
        return cast(str | Unset, self._data.get("username", UNSET))

    @property
    def name(self) -> str | Unset:
        return cast(str | Unset, self._data.get("name", UNSET))

    @property
    def bio(self) -> str | Unset:
        return cast(str | Unset, self._data.get("bio", UNSET))

    @property
    def metadata(self) -> MembershipUserOutputDtoMetadata | Unset:
        from ..models.membership_user_output_dto_metadata import MembershipUserOutputDtoMetadata  # noqa: PLC0415

        _metadata = self._data.get("metadata", UNSET)
        metadata: MembershipUserOutputDtoMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MembershipUserOutputDtoMetadata.from_dict(_metadata)

        return metadata
