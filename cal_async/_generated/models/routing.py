# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class Routing(ApiModel):
    """
    Attributes:
        team_member_ids (list[int]): Array of team member IDs that were routed to handle this booking. Example: [101,
            102].
        queued_response_id (None | str | Unset): The ID of the queued form response. Only present if the form response
            was queued. Example: 123.
        response_id (int | None | Unset): The ID of the routing form response. Example: 123.
        team_member_email (str | Unset): The email of the team member assigned to handle this booking. Example:
            john.doe@example.com.
        skip_contact_owner (bool | Unset): Whether to skip contact owner assignment from CRM integration. Example: True.
        crm_app_slug (str | Unset): The CRM application slug for integration. Example: salesforce.
        crm_owner_record_type (str | Unset): The CRM owner record type for contact assignment. Example: Account.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "teamMemberIds",
            "queuedResponseId",
            "responseId",
            "teamMemberEmail",
            "skipContactOwner",
            "crmAppSlug",
            "crmOwnerRecordType",
        }
    )
    _required = frozenset(
        {
            "teamMemberIds",
        }
    )

    def __init__(
        self,
        *,
        team_member_ids: list[int],
        queued_response_id: None | str | Unset = UNSET,
        response_id: int | None | Unset = UNSET,
        team_member_email: str | Unset = UNSET,
        skip_contact_owner: bool | Unset = UNSET,
        crm_app_slug: str | Unset = UNSET,
        crm_owner_record_type: str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["teamMemberIds"] = team_member_ids

        if isinstance(queued_response_id, Unset):
            _queued_response_id = UNSET
        else:
            _queued_response_id = queued_response_id

        if not isinstance(_queued_response_id, Unset):
            data["queuedResponseId"] = _queued_response_id

        if isinstance(response_id, Unset):
            _response_id = UNSET
        else:
            _response_id = response_id

        if not isinstance(_response_id, Unset):
            data["responseId"] = _response_id
        _team_member_email = team_member_email

        if not isinstance(_team_member_email, Unset):
            data["teamMemberEmail"] = _team_member_email
        _skip_contact_owner = skip_contact_owner

        if not isinstance(_skip_contact_owner, Unset):
            data["skipContactOwner"] = _skip_contact_owner
        _crm_app_slug = crm_app_slug

        if not isinstance(_crm_app_slug, Unset):
            data["crmAppSlug"] = _crm_app_slug
        _crm_owner_record_type = crm_owner_record_type

        if not isinstance(_crm_owner_record_type, Unset):
            data["crmOwnerRecordType"] = _crm_owner_record_type
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def team_member_ids(self) -> list[int]:
        """Array of team member IDs that were routed to handle this booking."""
        team_member_ids = cast(list[int], self._req("teamMemberIds"))

        return team_member_ids

    @property
    def queued_response_id(self) -> None | str | Unset:
        """The ID of the queued form response. Only present if the form response was queued."""

        def _parse_queued_response_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        queued_response_id = _parse_queued_response_id(self._data.get("queuedResponseId", UNSET))

        return queued_response_id

    @property
    def response_id(self) -> int | None | Unset:
        """The ID of the routing form response."""

        def _parse_response_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        response_id = _parse_response_id(self._data.get("responseId", UNSET))

        return response_id

    @property
    def team_member_email(self) -> str | Unset:
        """The email of the team member assigned to handle this booking."""
        return cast(str | Unset, self._data.get("teamMemberEmail", UNSET))

    @property
    def skip_contact_owner(self) -> bool | Unset:
        """Whether to skip contact owner assignment from CRM integration."""
        return cast(bool | Unset, self._data.get("skipContactOwner", UNSET))

    @property
    def crm_app_slug(self) -> str | Unset:
        """The CRM application slug for integration."""
        return cast(str | Unset, self._data.get("crmAppSlug", UNSET))

    @property
    def crm_owner_record_type(self) -> str | Unset:
        """The CRM owner record type for contact assignment."""
        return cast(str | Unset, self._data.get("crmOwnerRecordType", UNSET))
