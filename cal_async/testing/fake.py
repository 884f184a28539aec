"""``FakeCal``: one in-memory Cal.com, its seeding helpers and its test knobs."""

from __future__ import annotations

import contextlib
import secrets
import uuid
from collections.abc import AsyncIterator, Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

import attrs
import httpx

from .._http_backend import BackendName, backend_named
from .app import FakeApp
from .bookings import store_booking
from .clock import Clock
from .errors import HttpError
from .faults import Fault, FaultKind, RateLimiter
from .orgs import add_membership, seed_org, seed_team
from .records import (
    StoredApiKey,
    StoredAttendee,
    StoredAvailability,
    StoredBooking,
    StoredCalendar,
    StoredDelivery,
    StoredEventType,
    StoredMembership,
    StoredOrganization,
    StoredOverride,
    StoredSchedule,
    StoredTeam,
    StoredTeamHost,
    StoredUser,
    StoredWebhook,
)
from .schedules import WORKING_HOURS
from .state import State
from .webhooks import TRIGGERS, DeliveryFaults, Dispatcher

if TYPE_CHECKING:
    from .._client import CalClient

DEFAULT_BASE_URL = "http://cal.test"

AvailabilityLike = StoredAvailability | Mapping[str, Any]


class FakeCal:
    """An in-process Cal.com API v2.

    ``fake.app`` is an ASGI app: use it with ``httpx.ASGITransport(app=fake.app)`` or
    ``httpx2.ASGITransport(app=fake.app)`` (no network), or serve it (``python -m cal_async.testing``).
    A fresh fake has a default user (``fake.user``), with a Monday-Friday 09:00-17:00 default
    schedule, and a valid API key (``fake.api_key``).

    ``webhook_transport`` is where webhook deliveries go (e.g. ``httpx.ASGITransport(app=your_app)``
    or ``httpx.MockTransport(handler)``); without one they are only recorded in ``fake.deliveries``.
    Deliveries are made before the triggering API call answers, so a test can assert on them right
    after ``await``-ing that call.

    ``now`` freezes the fake's clock (``freeze_time``/``advance`` move it); by default it runs on real
    time. Unexpected exceptions inside the fake answer a bare 500, as Nest does, and are kept in
    ``fake.errors``.
    """

    def __init__(
        self,
        *,
        webhook_transport: httpx.AsyncBaseTransport | None = None,
        rate_limit: int | Literal["server"] | None = "server",
        rate_limit_window: float = 60.0,
        now: datetime | None = None,
        seed_default_user: bool = True,
        time_zone: str = "UTC",
    ) -> None:
        self.state = State()
        self.clock = Clock()
        if now is not None:
            self.clock.freeze(now)
        self.faults: list[Fault] = []
        self.rate_limiter: RateLimiter | None = None
        self.set_rate_limit(rate_limit, window=rate_limit_window)
        self.expired_tokens: set[str] = set()
        self.errors: list[Exception] = []
        self.dispatcher = Dispatcher(self.state, self.clock, webhook_transport)
        self.app = FakeApp(self)
        self._default_user_id: int | None = None
        self._default_key: str | None = None
        if seed_default_user:
            user = self.add_user("fake-host", name="Fake Host", time_zone=time_zone)
            self._default_user_id = user.id
            self._default_key = self.add_api_key(user).key

    # --- the defaults -----------------------------------------------------------------------------

    @property
    def user(self) -> StoredUser:
        """The default user as it is now (records are immutable; this re-reads the current one)."""
        if self._default_user_id is None:
            raise LookupError("this fake was created with seed_default_user=False")
        return self.state.users[self._default_user_id]

    @property
    def api_key(self) -> str:
        if self._default_key is None:
            raise LookupError("this fake was created with seed_default_user=False")
        return self._default_key

    def http_client(
        self,
        *,
        api_key: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        http_backend: BackendName = "httpx",
    ) -> httpx.AsyncClient:
        """A raw client wired to this fake in-process, authenticated with the default key: an
        ``httpx.AsyncClient``, or an ``httpx2.AsyncClient`` with ``http_backend="httpx2"`` (typed as
        httpx's, whose API it shares)."""
        key = api_key if api_key is not None else self._default_key
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        return self._asgi_client(http_backend, base_url=base_url, headers=headers)

    def _asgi_client(self, http_backend: BackendName, **kwargs: Any) -> httpx.AsyncClient:
        backend = backend_named(http_backend)
        client: httpx.AsyncClient = backend.async_client(transport=backend.asgi_transport(self.app), **kwargs)
        return client

    @contextlib.asynccontextmanager
    async def client(self, *, api_key: str | None = None, **options: Any) -> AsyncIterator[CalClient]:
        """A ``CalClient`` wired to this fake in-process (no network), as the default user unless
        ``api_key`` says otherwise; ``options`` are other ``CalClient`` arguments
        (``http_backend="httpx2"`` sends through httpx2). Closing it closes the fake's webhook
        client too.

            async with FakeCal().client() as cal:
                me = await cal.me.get()
        """
        from .._client import CalClient  # the SDK's client needs the fake, not the other way round

        http = self._asgi_client(options.pop("http_backend", None) or "httpx", base_url=DEFAULT_BASE_URL)
        key = api_key if api_key is not None else self.api_key
        try:
            async with CalClient(key, base_url=DEFAULT_BASE_URL, http_client=http, **options) as cal:
                yield cal
        finally:
            await http.aclose()
            await self.aclose()

    # --- seeding ----------------------------------------------------------------------------------

    def _user_id(self, user: StoredUser | int | None) -> int:
        if user is None:
            return self.user.id
        user_id = user if isinstance(user, int) else user.id
        if user_id not in self.state.users:
            raise LookupError(f"no user with id {user_id}")
        return user_id

    def add_user(
        self,
        username: str,
        *,
        email: str | None = None,
        name: str | None = None,
        time_zone: str = "UTC",
        week_start: str = "Sunday",
        default_schedule: bool = True,
        id: int | None = None,
    ) -> StoredUser:
        """A user; by default with a Mon-Fri 09:00-17:00 default schedule in ``time_zone``.
        ``id`` picks the user id (e.g. to match ids written in your own fixtures)."""
        if self.state.user_by_username(username) is not None:
            raise ValueError(f"username {username!r} is taken")
        if id is not None and id in self.state.users:
            raise ValueError(f"user id {id} is taken")
        user = StoredUser(
            id=self.state.next_user_id() if id is None else id,
            username=username,
            email=email or f"{username}@example.com",
            name=name or username,
            time_zone=time_zone,
            week_start=week_start,
        )
        self.state.users[user.id] = user
        if default_schedule:
            self.add_schedule(user, name="Working hours", time_zone=time_zone, default=True)
        return self.state.users[user.id]

    def add_api_key(self, user: StoredUser | int | None = None, key: str | None = None) -> StoredApiKey:
        """An API key (``cal_`` + 32 hex, like a test key) for ``user`` (default: the default user)."""
        record = StoredApiKey(key=key or f"cal_{secrets.token_hex(16)}", user_id=self._user_id(user))
        if not record.key.startswith("cal_"):
            raise ValueError("API keys start with 'cal_'")
        self.state.api_keys[record.key] = record
        return record

    def add_schedule(
        self,
        user: StoredUser | int | None = None,
        *,
        name: str = "Working hours",
        time_zone: str | None = None,
        availability: Iterable[AvailabilityLike] | None = None,
        overrides: Iterable[StoredOverride | Mapping[str, str]] = (),
        default: bool = False,
    ) -> StoredSchedule:
        """A schedule; availability as ``{"days": [...], "startTime": "09:00", "endTime": "17:00"}``."""
        user_id = self._user_id(user)
        rules = tuple(_availability(a) for a in availability) if availability is not None else WORKING_HOURS
        schedule = StoredSchedule(
            id=self.state.next_schedule_id(),
            owner_id=user_id,
            name=name,
            time_zone=time_zone or self.state.users[user_id].time_zone,
            availability=rules,
            overrides=tuple(_override(o) for o in overrides),
        )
        self.state.schedules[schedule.id] = schedule
        if default:
            self.state.users[user_id] = attrs.evolve(
                self.state.users[user_id], default_schedule_id=schedule.id
            )
        return schedule

    def add_event_type(
        self,
        user: StoredUser | int | None = None,
        *,
        title: str = "30 min meeting",
        slug: str | None = None,
        length: int = 30,
        schedule: StoredSchedule | int | None = None,
        **fields: Any,
    ) -> StoredEventType:
        """An event type; ``fields`` are other ``StoredEventType`` attributes (``slot_interval``, ...)."""
        user_id = self._user_id(user)
        slug = slug or title.lower().replace(" ", "-")
        if any(e.slug == slug for e in self.state.event_types_of(user_id)):
            raise ValueError(f"user {user_id} already has an event type with slug {slug!r}")
        schedule_id = schedule.id if isinstance(schedule, StoredSchedule) else schedule
        return self.state.new_event_type(
            owner_id=user_id,
            title=title,
            slug=slug,
            length=length,
            schedule_id=schedule_id,
            **fields,
        )

    def add_org(
        self, slug: str, *, name: str | None = None, admins: Iterable[StoredUser | int] = ()
    ) -> StoredOrganization:
        """An organization; ``admins`` become its ADMIN members (add others with ``add_member``)."""
        if any(o.slug == slug for o in self.state.organizations.values()):
            raise ValueError(f"organization slug {slug!r} is taken")
        org = seed_org(self.state, name or slug.title(), slug)
        for admin in admins:
            self.add_member(org, admin, role="ADMIN")
        return org

    def add_team(
        self,
        org: StoredOrganization | int | None,
        slug: str,
        *,
        name: str | None = None,
        members: Iterable[StoredUser | int] = (),
    ) -> StoredTeam:
        """A team of ``org`` (``None``: a team outside any organization); ``members`` join it (and
        the organization) as MEMBERs."""
        organization = self.state.organizations[org if isinstance(org, int) else org.id] if org else None
        taken = any(
            t.slug == slug and t.org_id == (organization.id if organization else None)
            for t in self.state.teams.values()
        )
        if taken:
            raise ValueError(f"a team with slug {slug!r} already exists there")
        team = seed_team(self.state, organization, name or slug.title(), slug)
        for member in members:
            self.add_member(team, member)
        return team

    def add_member(
        self, group: StoredOrganization | StoredTeam | int, user: StoredUser | int, *, role: str = "MEMBER"
    ) -> StoredMembership:
        """``user`` joins a team or an organization (a team's member also joins its organization)."""
        group_id = group if isinstance(group, int) else group.id
        user_id = self._user_id(user)
        team = self.state.teams.get(group_id)
        if (
            team is not None
            and team.org_id is not None
            and self.state.membership(team.org_id, user_id) is None
        ):
            add_membership(self.state, team.org_id, user_id, "MEMBER")
        if team is None and group_id not in self.state.organizations:
            raise LookupError(f"no team or organization with id {group_id}")
        return add_membership(self.state, group_id, user_id, role)

    def add_team_event_type(
        self,
        team: StoredTeam | int,
        *,
        slug: str,
        hosts: Iterable[StoredUser | int | StoredTeamHost],
        scheduling_type: str = "COLLECTIVE",
        title: str | None = None,
        length: int = 30,
        **fields: Any,
    ) -> StoredEventType:
        """A team event type: ``scheduling_type`` ``"COLLECTIVE"`` (every host attends) or
        ``"ROUND_ROBIN"`` (one free host is assigned per booking; pass ``StoredTeamHost(user_id,
        priority=...)`` to rank them). Hosts join the team if they are not members yet."""
        if scheduling_type not in ("COLLECTIVE", "ROUND_ROBIN"):
            raise ValueError(f"scheduling_type must be COLLECTIVE or ROUND_ROBIN, got {scheduling_type!r}")
        team_record = self.state.teams[team if isinstance(team, int) else team.id]
        chosen = tuple(
            h if isinstance(h, StoredTeamHost) else StoredTeamHost(self._user_id(h)) for h in hosts
        )
        if not chosen:
            raise ValueError("a team event type needs at least one host")
        for host in chosen:
            if self.state.membership(team_record.id, host.user_id) is None:
                self.add_member(team_record, host.user_id)
        if any(e.team_id == team_record.id and e.slug == slug for e in self.state.event_types.values()):
            raise ValueError(f"team {team_record.slug!r} already has an event type with slug {slug!r}")
        return self.state.new_event_type(
            owner_id=chosen[0].user_id,
            title=title or slug.replace("-", " ").title(),
            slug=slug,
            length=length,
            team_id=team_record.id,
            scheduling_type=scheduling_type,
            hosts=chosen,
            **fields,
        )

    def add_calendar(
        self,
        user: StoredUser | int | None = None,
        *,
        external_id: str = "primary@example.com",
        name: str | None = None,
        integration: str = "google_calendar",
        selected: bool = True,
        busy: Iterable[tuple[datetime, datetime]] = (),
        credential_id: int | None = None,
    ) -> StoredCalendar:
        """A connected calendar of ``user``; its ``busy`` intervals (aware datetimes) are returned by
        busy times and, when ``selected``, block that user's slots."""
        user_id = self._user_id(user)
        intervals = tuple(busy)
        if any(s.tzinfo is None or e.tzinfo is None or e <= s for s, e in intervals):
            raise ValueError("busy intervals are (start, end) pairs of aware datetimes, start before end")
        mine = [c for c in self.state.calendars if c.user_id == user_id]
        calendar = StoredCalendar(
            user_id=user_id,
            credential_id=credential_id or self.state.next_credential_id(),
            external_id=external_id,
            name=name or external_id,
            integration=integration,
            is_selected=selected,
            primary=not mine,
            busy=intervals,
        )
        self.state.calendars.append(calendar)
        return calendar

    def add_webhook(
        self,
        user: StoredUser | int | None = None,
        *,
        subscriber_url: str,
        triggers: Iterable[str] = ("BOOKING_CREATED", "BOOKING_RESCHEDULED", "BOOKING_CANCELLED"),
        secret: str | None = None,
        active: bool = True,
        payload_template: str | None = None,
    ) -> StoredWebhook:
        """A webhook of ``user`` (default: the default user), as ``POST /v2/webhooks`` would make."""
        chosen = tuple(triggers)
        unknown = [t for t in chosen if t not in TRIGGERS]
        if unknown:
            raise ValueError(f"unknown triggers {unknown}; Cal.com accepts {TRIGGERS}")
        webhook = StoredWebhook(
            id=str(uuid.uuid4()),
            user_id=self._user_id(user),
            subscriber_url=subscriber_url,
            triggers=chosen,
            active=active,
            payload_template=payload_template,
            secret=secret,
        )
        self.state.webhooks[webhook.id] = webhook
        return webhook

    def add_booking(
        self,
        event_type: StoredEventType | int,
        start: datetime,
        *,
        attendee_name: str = "Ada Attendee",
        attendee_email: str = "ada@example.com",
        attendee_time_zone: str = "UTC",
        status: str = "accepted",
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
    ) -> StoredBooking:
        """A booking placed directly in the state: no availability check and no webhooks (seeding
        history, e.g. past bookings, which the API itself refuses to create).

        ``created_at`` defaults to now. ``updated_at`` stays null unless given, as on a row written
        outside Prisma Client or before the column existed (``updatedAt`` is nullable): lists
        filtered by ``afterUpdatedAt`` never return it. Bookings made through the API have one."""
        event_type_id = event_type.id if isinstance(event_type, StoredEventType) else event_type
        et = self.state.event_types[event_type_id]
        for name, moment in (("created_at", created_at), ("updated_at", updated_at)):
            if moment is not None and moment.tzinfo is None:
                raise ValueError(f"{name} must be an aware datetime")
        return store_booking(
            self.state,
            et,
            self.state.users[et.owner_id],
            StoredAttendee(attendee_name, attendee_email, attendee_time_zone),
            start,
            created_at or self.clock.now(),
            status=status,
            updated_at=updated_at,
            responses={"name": attendee_name, "email": attendee_email},
        )

    def deliver_webhooks_to(self, transport: httpx.AsyncBaseTransport | None) -> None:
        """Send deliveries through ``transport`` from now on (e.g. ``httpx.ASGITransport(app=your_app)``
        so your own webhook route receives them); ``None`` records them without sending."""
        self.dispatcher.transport = transport
        self.dispatcher.reset_client()

    def inject_delivery_faults(
        self, *, drop: float = 0.0, duplicate: float = 0.0, seed: int | None = None
    ) -> DeliveryFaults:
        """From now on lose or repeat webhook deliveries, as networks, proxies and senders do: each
        delivery is dropped with probability ``drop`` (recorded in ``deliveries`` with
        ``fault="dropped"``, never sent), else sent twice at once with probability ``duplicate``
        (the copy recorded with ``fault="duplicate"``). ``seed`` makes the choices repeatable."""
        faults = DeliveryFaults(drop=drop, duplicate=duplicate, seed=seed)
        self.dispatcher.faults = faults
        return faults

    def clear_delivery_faults(self) -> None:
        self.dispatcher.faults = None

    def expire_token(self, token: str) -> None:
        """Expire ``token``, whatever kind it is, as the server answers once it has expired:

        - an OAuth access token this fake issued (``oat_...``): 401 ``Invalid Access Token.``;
        - an OAuth refresh token it issued (``ort_...``): the token endpoint's ``invalid_grant``;
        - an API key (``cal_...``): 401 ``Your api key is expired``;
        - any other token (a platform managed user's): 498 ``TokenExpiredException``.
        """
        if not self.app.oauth.expire(token):
            self.expired_tokens.add(token)

    # --- inspection -------------------------------------------------------------------------------

    @property
    def deliveries(self) -> list[StoredDelivery]:
        return list(self.state.deliveries)

    def booking(self, uid: str) -> StoredBooking:
        return self.state.bookings[uid]

    # --- knobs ------------------------------------------------------------------------------------

    def inject(
        self,
        status: int | None = None,
        *,
        times: int | None = 1,
        path_prefix: str = "/",
        method: str | None = None,
        kind: FaultKind = "envelope",
        message: str | None = None,
        delay: float = 0.0,
    ) -> Fault:
        """Misbehave on the next ``times`` matching requests (``None``: until ``clear_faults``).

        ``inject(503, times=2)`` → envelope errors; ``inject(502, kind="html")`` → a proxy page;
        ``inject(kind="truncated")`` → the real response cut short; ``inject(delay=2.0)`` → slow;
        ``inject(498)`` → ``TokenExpiredException``.
        """
        if status is None and kind != "truncated" and not delay:
            raise ValueError("inject() needs a status, kind='truncated' or a delay")
        fault = Fault(status, times, path_prefix, method, kind, message, delay)
        self.faults.append(fault)
        return fault

    def lose_booking_races(self, times: int = 1) -> None:
        """The next ``times`` booking creates lose a race: another booker's create for the same
        slot passed the same checks and was saved first. The rival's booking is stored (attendee
        ``rival@example.com``, with its webhook) and the create is answered as Cal.com answers the
        loser: 409 ``{"statusCode": 409, "message": "booking_conflict_error"}``."""
        if times < 0:
            raise ValueError(f"times must be 0 or more, got {times}")
        self.state.races_to_lose = times

    def clear_faults(self) -> None:
        self.faults.clear()

    def set_rate_limit(
        self, limit: int | Literal["server"] | None, *, window: float = 60.0, block: float = 60.0
    ) -> None:
        """Throttle each caller to ``limit`` requests per ``window`` s, then block it for ``block`` s.

        ``"server"`` (the default of a new fake) is Cal.com's: 120 per 60 s for an API key or no
        credentials, 500 for a platform client or an access token, 60 s block. ``None`` turns it off
        (no ``X-RateLimit-*`` headers)."""
        if limit is None:
            self.rate_limiter = None
        else:
            self.rate_limiter = RateLimiter(None if limit == "server" else limit, window, block)

    def freeze_time(self, at: datetime) -> None:
        self.clock.freeze(at)

    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)

    async def run_scheduled_webhooks(self) -> list[StoredDelivery]:
        """Send the MEETING_STARTED/MEETING_ENDED deliveries due by the fake's clock (the server's
        cron); returns them. Move the clock first with ``advance`` or ``freeze_time``."""
        return await self.dispatcher.run_scheduled()

    async def aclose(self) -> None:
        await self.dispatcher.aclose()


def _availability(value: AvailabilityLike) -> StoredAvailability:
    if isinstance(value, StoredAvailability):
        return value
    return StoredAvailability(tuple(value["days"]), str(value["startTime"]), str(value["endTime"]))


def _override(value: StoredOverride | Mapping[str, str]) -> StoredOverride:
    if isinstance(value, StoredOverride):
        return value
    return StoredOverride(value["date"], value["startTime"], value["endTime"])


__all__ = ["FakeCal", "HttpError"]
