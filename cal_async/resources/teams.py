"""Team helpers: team event types with hosts (``cal.teams.event_types`` and
``cal.orgs.teams.event_types``), an organization's team by slug, and a team's bookings listed with
the same filters as ``cal.bookings.list``.

Team event types come in two bookable kinds the guide covers: COLLECTIVE (every host attends, so a
slot must suit them all) and ROUND_ROBIN (one available host is assigned per booking). Both are
booked like any event type, by id or with ``EventTypeRef.team(team_slug, slug, organization=...)``;
here they are created with the right ``schedulingType`` and hosts.

These are mixins; ``overrides/resource_helpers.yaml`` says which nodes of the tree they extend.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVarTuple, Unpack

import attrs

from .._errors import TeamNotFoundError
from .._generated.api.orgs_teams import orgs_teams_list
from .._generated.api.orgs_teams_bookings import orgs_teams_bookings_list
from .._generated.models.create_team_event_type_input import CreateTeamEventTypeInput
from .._options import RequestOptions
from .._resource import APIResource, generated_method
from .._sentinel import UNSET, Unset
from ._filters import SortOrder, booking_filters
from .event_types import check_length

if TYPE_CHECKING:
    from .._generated.models.create_team_event_type_input import CreateTeamEventTypeInputDict
    from .._generated.models.host import HostDict
    from .._generated.models.org_team_output_dto import OrgTeamOutputDto
    from .._generated.models.orgs_teams_bookings_list_sort_created import OrgsTeamsBookingsListSortCreated
    from .._generated.models.orgs_teams_bookings_list_sort_end import OrgsTeamsBookingsListSortEnd
    from .._generated.models.orgs_teams_bookings_list_sort_start import OrgsTeamsBookingsListSortStart
    from .._generated.models.team_event_type_output import TeamEventTypeOutput
    from ..pagination import AsyncPaginator
    from .bookings import ListedBooking

__all__ = [
    "TeamHost",
    "OrgTeamBookingHelpers",
    "OrgTeamHelpers",
    "Priority",
    "SchedulingType",
    "TeamEventTypeHelpers",
]

Ids = TypeVarTuple("Ids")

#: A round-robin host's priority: who is picked first among the available hosts.
Priority = Literal["lowest", "low", "medium", "high", "highest"]
_PRIORITIES = ("lowest", "low", "medium", "high", "highest")
#: The two kinds of team event type with hosts.
SchedulingType = Literal["COLLECTIVE", "ROUND_ROBIN"]
# The create input spells scheduling types in camelCase; outputs use upper snake case.
_SCHEDULING: dict[str, Literal["collective", "roundRobin"]] = {
    "COLLECTIVE": "collective",
    "ROUND_ROBIN": "roundRobin",
}


def _user_id(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"a host is a positive user id, got {value!r}")
    return value


def _priority(value: Priority | None) -> Priority | None:
    if value is not None and value not in _PRIORITIES:
        raise ValueError(f"host priority must be one of {', '.join(_PRIORITIES)}, got {value!r}")
    return value


@attrs.frozen(slots=True)
class TeamHost:
    """A team member hosting a team event type. ``mandatory`` (ROUND_ROBIN): always included;
    ``priority`` (ROUND_ROBIN): who is picked first among the available hosts."""

    user_id: int = attrs.field(converter=_user_id)
    mandatory: bool = False
    priority: Priority | None = attrs.field(default=None, converter=_priority)

    def to_json(self) -> HostDict:
        out: HostDict = {"userId": self.user_id, "mandatory": self.mandatory}
        if self.priority is not None:
            out["priority"] = self.priority
        return out


class TeamEventTypeHelpers(APIResource, Generic[*Ids]):
    """Team event types with hosts, for ``cal.teams.event_types`` (ids: the team's) and
    ``cal.orgs.teams.event_types`` (ids: the organization's, then the team's)."""

    async def create_with_hosts(
        self,
        *ids: *Ids,
        scheduling: SchedulingType,
        title: str,
        slug: str,
        length_in_minutes: int,
        hosts: Sequence[int | TeamHost] = (),
        assign_all_team_members: bool = False,
        extra: Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> TeamEventTypeOutput:
        """A COLLECTIVE team event type (every host attends: slots are the times all of them are
        free) or a ROUND_ROBIN one (one available host is assigned per booking; ``TeamHost.priority``
        and ``mandatory`` decide who). ``extra`` adds other fields of the API's create body."""
        if scheduling not in _SCHEDULING:
            raise ValueError(f"scheduling must be 'COLLECTIVE' or 'ROUND_ROBIN', got {scheduling!r}")
        if not title or not slug or "/" in slug:
            raise ValueError("a team event type needs a title and a slug without '/'")
        chosen = [h if isinstance(h, TeamHost) else TeamHost(h) for h in hosts]
        if not chosen and not assign_all_team_members:
            raise ValueError("name the hosts, or pass assign_all_team_members=True")
        if scheduling == "COLLECTIVE" and any(h.priority is not None for h in chosen):
            raise ValueError("host priority only applies to ROUND_ROBIN event types")
        body: CreateTeamEventTypeInputDict = {
            "title": title,
            "slug": slug,
            "lengthInMinutes": check_length(length_in_minutes),
            "schedulingType": _SCHEDULING[scheduling],
        }
        if assign_all_team_members:
            body["assignAllTeamMembers"] = True
        else:
            body["hosts"] = [h.to_json() for h in chosen]
        payload = CreateTeamEventTypeInput.from_dict({**(extra or {}), **body})  # extra: other fields
        # The node's own ``create`` (its path ids differ between the two nodes).
        created = await generated_method(self, "create")(*ids, body=payload, **options)
        # The spec allows a list here (managed event types); these two kinds answer with one.
        result: TeamEventTypeOutput = created[0] if isinstance(created, list) else created
        return result


class OrgTeamBookingHelpers(APIResource):
    """``cal.orgs.teams.bookings``: ``list`` also takes datetimes, ids and plain status lists."""

    def list(
        self,
        org_id: int,
        team_id: int,
        *,
        status: Sequence[str] | str | Unset = UNSET,
        attendee_email: str | Unset = UNSET,
        attendee_name: str | Unset = UNSET,
        event_type_ids: Sequence[int] | str | Unset = UNSET,
        event_type_id: int | str | Unset = UNSET,
        after_start: datetime | date | str | Unset = UNSET,
        before_end: datetime | date | str | Unset = UNSET,
        sort_start: OrgsTeamsBookingsListSortStart | SortOrder | Unset = UNSET,
        sort_end: OrgsTeamsBookingsListSortEnd | SortOrder | Unset = UNSET,
        sort_created: OrgsTeamsBookingsListSortCreated | SortOrder | Unset = UNSET,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ListedBooking]:
        """The team's bookings (every host's, COLLECTIVE and ROUND_ROBIN alike), page after page."""
        arguments = booking_filters(locals(), path=("org_id", "team_id"))
        return self._page(orgs_teams_bookings_list.ENDPOINT, options, **arguments)


class OrgTeamHelpers(APIResource):
    """``cal.orgs.teams``: ``by_slug``."""

    async def by_slug(self, org_id: int, slug: str, **options: Unpack[RequestOptions]) -> OrgTeamOutputDto:
        """The organization's team with this slug (:class:`TeamNotFoundError` if there is none)."""
        async for team in self._page(orgs_teams_list.ENDPOINT, options, org_id):
            if team.slug == slug:
                return team
        raise TeamNotFoundError(f"organization {org_id} has no team with slug {slug!r}")
