"""Team helpers: team event types with hosts (``cal.teams.event_types`` and
``cal.orgs.teams.event_types``) and an organization's team by slug.

Team event types come in two bookable kinds the guide covers: COLLECTIVE (every host attends, so a
slot must suit them all) and ROUND_ROBIN (one available host is assigned per booking). Both are
booked like any event type, by id or with ``EventTypeRef.team(team_slug, slug, organization=...)``;
here they are created with the right ``schedulingType`` and hosts.

Each class serves one node of the tree (``overrides/resource_helpers.yaml``) as a subclass of its
generated class; the two event type nodes share ``create_with_hosts`` through :class:`WithHosts`,
generic in the node's path ids (the team's; the organization's, then the team's).
"""

from __future__ import annotations

from collections.abc import Awaitable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVarTuple, Unpack

import attrs

from .._errors import TeamNotFoundError
from .._generated.models.create_team_event_type_input import CreateTeamEventTypeInput
from .._generated.resources.orgs_teams import OrgsTeamsResource
from .._generated.resources.orgs_teams_event_types import OrgsTeamsEventTypesResource
from .._generated.resources.teams_event_types import TeamsEventTypesResource
from .._options import RequestOptions
from .._resource import APIResource
from .event_types import check_length

if TYPE_CHECKING:
    from .._generated.models.create_team_event_type_input import CreateTeamEventTypeInputDict
    from .._generated.models.host import HostDict
    from .._generated.models.org_team_output_dto import OrgTeamOutputDto
    from .._generated.models.team_event_type_output import TeamEventTypeOutput

__all__ = [
    "OrgTeamEventTypeHelpers",
    "OrgTeamHelpers",
    "Priority",
    "SchedulingType",
    "TeamEventTypeHelpers",
    "TeamHost",
    "WithHosts",
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


class WithHosts(APIResource, Generic[*Ids]):
    """``create_with_hosts`` for the team event type nodes: ``Ids`` are the node's path ids (the
    team's; the organization's, then the team's), its generated ``create`` the one it calls."""

    def _create(
        self, ids: tuple[*Ids], body: CreateTeamEventTypeInput, options: RequestOptions
    ) -> Awaitable[TeamEventTypeOutput | list[TeamEventTypeOutput]]:
        """The node's own generated ``create`` (each node's class says which)."""
        raise NotImplementedError

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
        created = await self._create(ids, payload, options)
        # The spec allows a list here (managed event types); these two kinds answer with one.
        result: TeamEventTypeOutput = created[0] if isinstance(created, list) else created
        return result


class TeamEventTypeHelpers(WithHosts[int], TeamsEventTypesResource):
    """``cal.teams.event_types``: the generated operations, and ``create_with_hosts(team_id, ...)``."""

    def _create(
        self, ids: tuple[int], body: CreateTeamEventTypeInput, options: RequestOptions
    ) -> Awaitable[TeamEventTypeOutput | list[TeamEventTypeOutput]]:
        return self.create(*ids, body=body, **options)


class OrgTeamEventTypeHelpers(WithHosts[int, int], OrgsTeamsEventTypesResource):
    """``cal.orgs.teams.event_types``: the generated operations, and
    ``create_with_hosts(org_id, team_id, ...)``."""

    def _create(
        self, ids: tuple[int, int], body: CreateTeamEventTypeInput, options: RequestOptions
    ) -> Awaitable[TeamEventTypeOutput | list[TeamEventTypeOutput]]:
        return self.create(*ids, body=body, **options)


class OrgTeamHelpers(OrgsTeamsResource):
    """``cal.orgs.teams``: the generated operations, and ``by_slug``."""

    async def by_slug(self, org_id: int, slug: str, **options: Unpack[RequestOptions]) -> OrgTeamOutputDto:
        """The organization's team with this slug (:class:`TeamNotFoundError` if there is none)."""
        async for team in self.list(org_id, **options):
            if team.slug == slug:
                return team
        raise TeamNotFoundError(f"organization {org_id} has no team with slug {slug!r}")
