"""``cal.orgs`` down to an organization team's event types and bookings.

Team event types come in two bookable kinds the guide covers: COLLECTIVE (every host attends, so a
slot must suit them all) and ROUND_ROBIN (one available host is assigned per booking). Both are
booked like any event type, by id or with ``EventTypeRef.team(team_slug, slug, organization=...)``;
here they are created with the right ``schedulingType`` and hosts, and the team's bookings are
listed with the same datetime filters as ``cal.bookings.list``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, Unpack, cast

import attrs

from .._errors import TeamNotFoundError
from .._generated.resources.orgs import OrgsResource
from .._generated.resources.orgs_teams import OrgsTeamsResource
from .._generated.resources.orgs_teams_bookings import OrgsTeamsBookingsResource
from .._generated.resources.orgs_teams_event_types import OrgsTeamsEventTypesResource
from .._generated.types import UNSET, Unset
from .._options import RequestOptions
from ._filters import SortOrder, ids_filter, sort_filter, statuses_filter, when_filter

if TYPE_CHECKING:
    from .._generated.models.create_team_event_type_input import CreateTeamEventTypeInputDict
    from .._generated.models.org_team_output_dto import OrgTeamOutputDto
    from .._generated.models.orgs_teams_bookings_list_sort_created import OrgsTeamsBookingsListSortCreated
    from .._generated.models.orgs_teams_bookings_list_sort_end import OrgsTeamsBookingsListSortEnd
    from .._generated.models.orgs_teams_bookings_list_sort_start import OrgsTeamsBookingsListSortStart
    from .._generated.models.team_event_type_output import TeamEventTypeOutput
    from ..pagination import AsyncPaginator
    from .bookings import ListedBooking

__all__ = ["Host", "OrgTeamBookings", "OrgTeamEventTypes", "OrgTeams", "Orgs"]

Priority = Literal["lowest", "low", "medium", "high", "highest"]
_PRIORITIES = ("lowest", "low", "medium", "high", "highest")
# The create input spells scheduling types in camelCase; outputs use upper snake case.
_SCHEDULING = {"COLLECTIVE": "collective", "ROUND_ROBIN": "roundRobin"}


def _user_id(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"a host is a positive user id, got {value!r}")
    return value


def _priority(value: Priority | None) -> Priority | None:
    if value is not None and value not in _PRIORITIES:
        raise ValueError(f"host priority must be one of {', '.join(_PRIORITIES)}, got {value!r}")
    return value


@attrs.frozen(slots=True)
class Host:
    """A team member hosting a team event type. ``mandatory`` (ROUND_ROBIN): always included;
    ``priority`` (ROUND_ROBIN): who is picked first among the available hosts."""

    user_id: int = attrs.field(converter=_user_id)
    mandatory: bool = False
    priority: Priority | None = attrs.field(default=None, converter=_priority)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"userId": self.user_id, "mandatory": self.mandatory}
        if self.priority is not None:
            out["priority"] = self.priority
        return out


class OrgTeamEventTypes(OrgsTeamsEventTypesResource):
    """``cal.orgs.teams.event_types``: generated operations plus COLLECTIVE/ROUND_ROBIN creation."""

    async def create_collective(
        self,
        org_id: int,
        team_id: int,
        *,
        title: str,
        slug: str,
        length_in_minutes: int,
        hosts: Sequence[int | Host] = (),
        assign_all_team_members: bool = False,
        extra: Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> TeamEventTypeOutput:
        """A team event type every host attends: slots are the times all of them are free."""
        return await self._create_team_type(
            "COLLECTIVE", org_id, team_id, title, slug, length_in_minutes, hosts, assign_all_team_members,
            extra, options,
        )  # fmt: skip

    async def create_round_robin(
        self,
        org_id: int,
        team_id: int,
        *,
        title: str,
        slug: str,
        length_in_minutes: int,
        hosts: Sequence[int | Host] = (),
        assign_all_team_members: bool = False,
        extra: Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> TeamEventTypeOutput:
        """A team event type assigned to one available host per booking."""
        return await self._create_team_type(
            "ROUND_ROBIN", org_id, team_id, title, slug, length_in_minutes, hosts, assign_all_team_members,
            extra, options,
        )  # fmt: skip

    async def _create_team_type(
        self,
        kind: str,
        org_id: int,
        team_id: int,
        title: str,
        slug: str,
        length: int,
        hosts: Sequence[int | Host],
        assign_all: bool,
        extra: Mapping[str, Any] | None,
        options: RequestOptions,
    ) -> TeamEventTypeOutput:
        if not title or not slug or "/" in slug:
            raise ValueError("a team event type needs a title and a slug without '/'")
        if isinstance(length, bool) or not isinstance(length, int) or length < 1:
            raise ValueError(f"length_in_minutes must be a positive integer, got {length!r}")
        chosen = [h if isinstance(h, Host) else Host(h) for h in hosts]
        if not chosen and not assign_all:
            raise ValueError("name the hosts, or pass assign_all_team_members=True")
        if kind == "COLLECTIVE" and any(h.priority is not None for h in chosen):
            raise ValueError("host priority only applies to ROUND_ROBIN event types")
        body: dict[str, Any] = {
            **(extra or {}),
            "title": title,
            "slug": slug,
            "lengthInMinutes": length,
            "schedulingType": _SCHEDULING[kind],
        }
        if assign_all:
            body["assignAllTeamMembers"] = True
        else:
            body["hosts"] = [h.to_json() for h in chosen]
        created = await self.create(
            org_id, team_id, body=cast("CreateTeamEventTypeInputDict", body), **options
        )
        # The spec allows a list here (managed event types); these two kinds answer with one.
        result: TeamEventTypeOutput = created[0] if isinstance(created, list) else created
        return result


class OrgTeamBookings(OrgsTeamsBookingsResource):
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
        paginator: AsyncPaginator[ListedBooking] = super().list(
            org_id,
            team_id,
            status=statuses_filter(status),
            attendee_email=attendee_email,
            attendee_name=attendee_name,
            event_type_ids=ids_filter(event_type_ids, "event_type_ids"),
            event_type_id=ids_filter(event_type_id, "event_type_id"),
            after_start=when_filter(after_start, "after_start"),
            before_end=when_filter(before_end, "before_end"),
            sort_start=sort_filter(sort_start, "sort_start"),
            sort_end=sort_filter(sort_end, "sort_end"),
            sort_created=sort_filter(sort_created, "sort_created"),
            take=take,
            skip=skip,
            **options,
        )
        return paginator


class OrgTeams(OrgsTeamsResource):
    """``cal.orgs.teams``: generated operations plus ``by_slug``."""

    @cached_property
    def event_types(self) -> OrgTeamEventTypes:
        return OrgTeamEventTypes(self._client)

    @cached_property
    def bookings(self) -> OrgTeamBookings:
        return OrgTeamBookings(self._client)

    async def by_slug(self, org_id: int, slug: str, **options: Unpack[RequestOptions]) -> OrgTeamOutputDto:
        """The organization's team with this slug (``LookupError`` if there is none)."""
        teams: list[OrgTeamOutputDto] = await self.list(org_id, **options)
        for team in teams:
            if team.to_dict().get("slug") == slug:
                return team
        raise TeamNotFoundError(f"organization {org_id} has no team with slug {slug!r}")


class Orgs(OrgsResource):
    """``cal.orgs`` with the extended ``teams``."""

    @cached_property
    def teams(self) -> OrgTeams:
        return OrgTeams(self._client)
