# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    BOOL,
    INT,
    STR,
    field,
    list_of,
    nullable,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class Routing(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    team_member_ids: list[int] = field("teamMemberIds", list_of(INT), required=True)
    """ Array of team member IDs that were routed to handle this booking. """
    queued_response_id: str | None | Unset = field("queuedResponseId", nullable(STR), required=False)
    """ The ID of the queued form response. Only present if the form response was queued. """
    response_id: int | None | Unset = field("responseId", nullable(INT), required=False)
    """ The ID of the routing form response. """
    team_member_email: str | Unset = field("teamMemberEmail", STR, required=False)
    """ The email of the team member assigned to handle this booking. """
    skip_contact_owner: bool | Unset = field("skipContactOwner", BOOL, required=False)
    """ Whether to skip contact owner assignment from CRM integration. """
    crm_app_slug: str | Unset = field("crmAppSlug", STR, required=False)
    """ The CRM application slug for integration. """
    crm_owner_record_type: str | Unset = field("crmOwnerRecordType", STR, required=False)
    """ The CRM owner record type for contact assignment. """

    def __init__(
        self,
        *,
        team_member_ids: list[int],
        queued_response_id: str | None | Unset = UNSET,
        response_id: int | None | Unset = UNSET,
        team_member_email: str | Unset = UNSET,
        skip_contact_owner: bool | Unset = UNSET,
        crm_app_slug: str | Unset = UNSET,
        crm_owner_record_type: str | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "teamMemberIds": team_member_ids,
                "queuedResponseId": queued_response_id,
                "responseId": response_id,
                "teamMemberEmail": team_member_email,
                "skipContactOwner": skip_contact_owner,
                "crmAppSlug": crm_app_slug,
                "crmOwnerRecordType": crm_owner_record_type,
            }
        )


class RoutingDict(TypedDict, total=False):
    """``Routing`` as a plain dict with the API's JSON names, for request bodies."""

    teamMemberIds: Required[Sequence[int]]
    queuedResponseId: str | None
    responseId: int | None
    teamMemberEmail: str
    skipContactOwner: bool
    crmAppSlug: str
    crmOwnerRecordType: str
