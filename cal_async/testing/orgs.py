"""Organizations and their teams: ``/v2/organizations/{orgId}/...`` (no ``cal-api-version``).

Guards run as on the server, in its order: ``IsOrgGuard`` (an id that is not an organization is a
bare ``Forbidden resource``), ``RolesGuard`` (membership and minimum role, with its messages),
``IsTeamInOrg`` (404 for an unknown team, 403 for another organization's). Team event types are
COLLECTIVE or ROUND_ROBIN with hosts; their bookings are listed per team.
"""

from __future__ import annotations

from typing import Any

from .bookings import list_matching
from .errors import HttpError, not_found
from .event_types import check_team_slug_free, serialize_team_event_type
from .pagination import take_skip
from .records import (
    StoredMembership,
    StoredOrganization,
    StoredTeam,
    StoredTeamHost,
    StoredUser,
)
from .routing import Ctx, Response, ok
from .state import State
from .validation import Errors

ADMIN_ROLES = frozenset({"ADMIN", "OWNER"})
ROLES = ("MEMBER", "ADMIN", "OWNER")
PRIORITIES = ("lowest", "low", "medium", "high", "highest")
# The create input spells scheduling types in camelCase; the fake stores the enum's upper case.
SCHEDULING_TYPES = {"collective": "COLLECTIVE", "roundRobin": "ROUND_ROBIN"}


def _int_param(ctx: Ctx, name: str) -> int:
    raw = ctx.params[name]
    if not raw.isdigit():
        raise HttpError(400, "Validation failed (numeric string is expected)")
    return int(raw)


def _below(user_id: int, role: str, within: str) -> HttpError:
    """RolesGuard.throwForbiddenError: the caller's role is under the handler's minimum."""
    return HttpError(
        403,
        f"RolesGuard - user with id={user_id} does not have the minimum required role={role} "
        f"within {within}.",
    )


def _org(ctx: Ctx) -> StoredOrganization:
    """IsOrgGuard: ``canActivate`` returns false, and Nest answers ``Forbidden resource``."""
    org = ctx.state.organizations.get(_int_param(ctx, "orgId"))
    if org is None:
        raise HttpError(403, "Forbidden resource")
    return org


def _org_member(ctx: Ctx, org: StoredOrganization, *, admin: bool) -> tuple[StoredUser, StoredMembership]:
    """RolesGuard for an organization route (roles.guard.ts)."""
    user = ctx.require_user()
    membership = ctx.state.membership(org.id, user.id)
    if membership is None:
        raise HttpError(403, f"RolesGuard - User is not a member of the organization with id={org.id}.")
    if admin and membership.role not in ADMIN_ROLES:
        raise _below(user.id, "ORG_ADMIN", f"organization with id={org.id}")
    return user, membership


def _team(ctx: Ctx, *, admin: bool) -> tuple[StoredOrganization, StoredTeam]:
    """IsOrgGuard, then RolesGuard for a team of the organization, then IsTeamInOrg."""
    org = _org(ctx)
    team_id = _int_param(ctx, "teamId")
    user = ctx.require_user()
    org_membership = ctx.state.membership(org.id, user.id)
    if org_membership is None:
        raise HttpError(403, f"RolesGuard - User is not part of the organization with id={org.id}.")
    if org_membership.role not in ADMIN_ROLES:
        team_membership = ctx.state.membership(team_id, user.id)
        if team_membership is None:
            raise HttpError(
                403,
                f"RolesGuard - User is not part of the team with id={team_id} and/or, is not an admin nor "
                f"an owner of the organization with id={org.id}.",
            )
        if admin and team_membership.role not in ADMIN_ROLES:
            raise _below(user.id, "TEAM_ADMIN", f"organization with id={org.id} team with id={team_id}")
    team = ctx.state.teams.get(team_id)
    if team is None:
        raise not_found(f"IsTeamInOrg - Team ({team_id}) not found.")
    if team.org_id != org.id:
        raise HttpError(
            403, f"IsTeamInOrg - Team with id={team_id} is not part of the organization with id={org.id}."
        )
    return org, team


def _plain_team(ctx: Ctx, *, admin: bool) -> StoredTeam:
    """RolesGuard for ``/v2/teams/{teamId}`` routes: team membership, and a team role for writes."""
    team_id = _int_param(ctx, "teamId")
    user = ctx.require_user()
    membership = ctx.state.membership(team_id, user.id)
    if membership is None:
        raise HttpError(403, f"RolesGuard - User is not a member of the team with id={team_id}.")
    if admin and membership.role not in ADMIN_ROLES:
        raise _below(user.id, "TEAM_ADMIN", f"team with id={team_id}")
    team = ctx.state.teams.get(team_id)
    if team is None:
        raise not_found(f"Team with id={team_id} not found")
    return team


def _scope(ctx: Ctx, *, admin: bool) -> StoredTeam:
    """The team of an organization route (``/v2/organizations/{orgId}/teams/{teamId}/...``) or of
    a plain team route (``/v2/teams/{teamId}/...``), each with its guards."""
    if "orgId" in ctx.params:
        return _team(ctx, admin=admin)[1]
    return _plain_team(ctx, admin=admin)


# --- shapes ---------------------------------------------------------------------------------------


def serialize_team(team: StoredTeam) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": team.id,
        "name": team.name,
        "slug": team.slug,
        "isOrganization": False,
        "isPrivate": False,
        "hideBranding": False,
        "hideBookATeamMember": False,
        "timeZone": "Europe/London",
        "weekStart": "Sunday",
        "metadata": {},
    }
    if team.org_id is not None:
        out["parentId"] = team.org_id
    return out


def serialize_membership(m: StoredMembership, state: State) -> dict[str, Any]:
    user = state.users[m.user_id]
    return {
        "id": m.id,
        "userId": m.user_id,
        "teamId": m.team_id,
        "accepted": m.accepted,
        "role": m.role,
        "disableImpersonation": False,
        "user": {"username": user.username, "name": user.name, "email": user.email, "metadata": {}},
    }


# --- handlers: teams ------------------------------------------------------------------------------


async def list_teams(ctx: Ctx) -> Response:
    org = _org(ctx)
    _org_member(ctx, org, admin=False)
    teams = [t for t in ctx.state.teams.values() if t.org_id == org.id]
    return ok([serialize_team(t) for t in _page(ctx, teams)])


async def list_my_teams(ctx: Ctx) -> Response:
    """``GET /v2/teams``: the teams the caller belongs to (organizations aside)."""
    user = ctx.require_user()
    mine = {m.team_id for m in ctx.state.memberships.values() if m.user_id == user.id}
    return ok([serialize_team(t) for t in ctx.state.teams.values() if t.id in mine])


async def get_team(ctx: Ctx) -> Response:
    team = _scope(ctx, admin=False)
    return ok(serialize_team(team))


async def create_team(ctx: Ctx) -> Response:
    org = _org(ctx)
    user, _ = _org_member(ctx, org, admin=True)
    errors = Errors()
    body = ctx.request.json()
    name = errors.string(body, "name", required=True)
    slug = errors.string(body, "slug", required=False)
    errors.raise_if_any()
    assert name is not None
    slug = slug or name.lower().replace(" ", "-")
    if any(t.slug == slug and t.org_id == org.id for t in ctx.state.teams.values()):
        raise HttpError(409, f"Team with slug {slug} already exists in the organization.")
    team = StoredTeam(id=ctx.state.next_team_id(), name=name, slug=slug, org_id=org.id)
    ctx.state.teams[team.id] = team
    add_membership(ctx.state, team.id, user.id, "OWNER")
    return ok(serialize_team(team), status=201)


# --- handlers: memberships ------------------------------------------------------------------------


def add_membership(state: State, team_id: int, user_id: int, role: str) -> StoredMembership:
    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}, got {role!r}")
    existing = state.membership(team_id, user_id)
    membership = StoredMembership(
        id=existing.id if existing else state.next_membership_id(),
        team_id=team_id,
        user_id=user_id,
        role=role,
    )
    state.memberships[membership.id] = membership
    return membership


async def list_org_memberships(ctx: Ctx) -> Response:
    org = _org(ctx)
    _org_member(ctx, org, admin=False)
    found = [m for m in ctx.state.memberships.values() if m.team_id == org.id]
    # OrganizationMembershipOutput adds the member's organization attributes (none in the fake).
    return ok([{**serialize_membership(m, ctx.state), "attributes": []} for m in _page(ctx, found)])


async def list_team_memberships(ctx: Ctx) -> Response:
    team = _scope(ctx, admin=False)
    found = [m for m in ctx.state.memberships.values() if m.team_id == team.id]
    return ok([serialize_membership(m, ctx.state) for m in _page(ctx, found)])


async def create_team_membership(ctx: Ctx) -> Response:
    team = _scope(ctx, admin=True)
    body = ctx.request.json()
    errors = Errors()
    user_id = errors.integer(body, "userId", required=True, minimum=1)
    role = errors.string(body, "role", required=False) or "MEMBER"
    if role not in ROLES:
        errors.add("role", role, "isEnum", "role must be one of the following values: MEMBER, OWNER, ADMIN")
    errors.raise_if_any()
    assert user_id is not None
    if user_id not in ctx.state.users:
        raise not_found(f"User with id={user_id} not found")
    if team.org_id is not None and ctx.state.membership(team.org_id, user_id) is None:
        raise HttpError(422, "User is not part of the Organization")
    membership = add_membership(ctx.state, team.id, user_id, role)
    return ok(serialize_membership(membership, ctx.state), status=201)


# --- handlers: team event types -------------------------------------------------------------------


def _hosts(ctx: Ctx, team: StoredTeam, body: dict[str, Any], errors: Errors) -> tuple[StoredTeamHost, ...]:
    members = [m.user_id for m in ctx.state.memberships.values() if m.team_id == team.id]
    if body.get("assignAllTeamMembers") is True:
        return tuple(StoredTeamHost(user_id) for user_id in members)
    raw = body.get("hosts")
    if not isinstance(raw, list) or not raw:
        errors.add("hosts", raw, "isArray", "hosts must be an array")
        return ()
    hosts: list[StoredTeamHost] = []
    for item in raw:
        user_id = item.get("userId") if isinstance(item, dict) else None
        priority = item.get("priority", "medium") if isinstance(item, dict) else None
        if not isinstance(user_id, int) or isinstance(user_id, bool) or priority not in PRIORITIES:
            errors.add("hosts", item, "isValid", "each host needs a userId and an optional priority")
            continue
        hosts.append(StoredTeamHost(user_id, mandatory=bool(item.get("mandatory")), priority=str(priority)))
    strangers = [h.user_id for h in hosts if h.user_id not in members]
    if strangers and not errors.items:
        raise HttpError(
            404,
            f"Invalid hosts - users with ids {', '.join(map(str, strangers))} are not members of this team.",
        )
    return tuple(hosts)


async def create_team_event_type(ctx: Ctx) -> Response:
    team = _scope(ctx, admin=True)
    body = ctx.request.json()
    errors = Errors()
    title = errors.string(body, "title", required=True)
    slug = errors.string(body, "slug", required=True)
    length = errors.integer(body, "lengthInMinutes", required=True, minimum=1)
    kind = body.get("schedulingType")
    if kind not in SCHEDULING_TYPES:
        errors.add(
            "schedulingType", kind, "isEnum", "schedulingType must be one of the following values: "
            "collective, roundRobin, managed"
        )  # fmt: skip
    hosts = _hosts(ctx, team, body, errors)
    raw_seats = body.get("seats")
    per_slot = raw_seats.get("seatsPerTimeSlot") if isinstance(raw_seats, dict) else None
    errors.raise_if_any()
    assert title is not None and slug is not None and length is not None
    check_team_slug_free(ctx.state, team.id, slug)
    event_type = ctx.state.new_event_type(
        owner_id=hosts[0].user_id,
        title=title,
        slug=slug,
        length=length,
        description=str(body.get("description") or ""),
        team_id=team.id,
        scheduling_type=SCHEDULING_TYPES[str(kind)],
        hosts=hosts,
        seats_per_time_slot=per_slot if isinstance(per_slot, int) else None,
    )
    return ok(serialize_team_event_type(event_type, ctx.state), status=201)


async def list_team_event_types(ctx: Ctx) -> Response:
    # GET /v2/teams/{teamId}/event-types is public (no guard); the organization route is not.
    if "orgId" in ctx.params:
        team = _team(ctx, admin=False)[1]
    else:
        team_id = _int_param(ctx, "teamId")
        found_team = ctx.state.teams.get(team_id)
        if found_team is None:
            raise not_found(f"Team with id={team_id} not found")
        team = found_team
    found = [e for e in ctx.state.event_types.values() if e.team_id == team.id]
    slug = ctx.request.arg("eventSlug")
    if slug is not None:
        found = [e for e in found if e.slug == slug]
    return ok([serialize_team_event_type(e, ctx.state) for e in found])


async def get_team_event_type(ctx: Ctx) -> Response:
    team = _scope(ctx, admin=False)
    raw = ctx.params["eventTypeId"]
    found = ctx.state.event_types.get(int(raw)) if raw.isdigit() else None
    if found is None or found.team_id != team.id:
        raise not_found(f"Event type with id={raw} not found")
    return ok(serialize_team_event_type(found, ctx.state))


async def list_team_bookings(ctx: Ctx) -> Response:
    team = _scope(ctx, admin=False)
    team_types = {e.id for e in ctx.state.event_types.values() if e.team_id == team.id}
    return list_matching(ctx, lambda b: b.event_type_id in team_types)


def _page(ctx: Ctx, items: list[Any]) -> list[Any]:
    take, skip = take_skip(ctx, default_take=250)
    return items[skip : skip + take]


def seed_org(state: State, name: str, slug: str) -> StoredOrganization:
    org = StoredOrganization(id=state.next_team_id(), name=name, slug=slug)
    state.organizations[org.id] = org
    return org


def seed_team(state: State, org: StoredOrganization | None, name: str, slug: str) -> StoredTeam:
    team = StoredTeam(id=state.next_team_id(), name=name, slug=slug, org_id=org.id if org else None)
    state.teams[team.id] = team
    return team
