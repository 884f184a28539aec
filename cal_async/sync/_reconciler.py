"""A :class:`Reconciler`: every booking change handed to your code once, from webhooks or from a
reconciliation pass, whichever comes first, across every worker that shares its stores.

Both paths end in one step: the change's key (``uid@updatedAt:status``, :func:`change_key`) is
claimed in the claim store, your handler runs, and the key is marked done (or released, if the
handler raised, so that the next delivery or pass tries again). A webhook delivery only says which
booking to look at: its payload has no ``updatedAt`` and leaves fields out, so the booking is
fetched (``GET /v2/bookings/{uid}``) and handed over as the API returns it, exactly as a pass would.

A pass (``reconcile()``, or every ``interval`` seconds inside ``running(cal)``) reads
``cal.bookings.changes`` from the stored checkpoint, hands over each change not handled yet and
stores the new checkpoint. A change it could not hand over (its handler raised, or another worker
held it at that moment) holds the checkpoint back, so the next pass reads it again. One pass runs
at a time across the workers (a claim on ``<prefix>:pass``).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Final, Literal, TypeAlias

import anyio
import attrs

from .._errors import NotFoundError
from .._instants import require_aware
from .._number_checks import check_number
from ._changes import DEFAULT_OVERLAP, BookingChange, BookingChanges
from ._checkpoint import ChangeCheckpoint, CheckpointStore, MemoryCheckpointStore
from ._claims import ClaimStatus, ClaimStore, MemoryClaims

if TYPE_CHECKING:
    from .._client import CalClient
    from ..webhooks import WebhookEvent

__all__ = ["ChangeHandler", "ReconcileResult", "Reconciler"]

logger = logging.getLogger("cal_async")

#: Your code: receives each change once; raising leaves it unhandled, to be offered again.
ChangeHandler: TypeAlias = Callable[[BookingChange], Awaitable[None]]

#: What offering one change came to.
Outcome: TypeAlias = Literal["handled", "done", "busy"]

_LEASE_MARGIN: Final = 30.0


@attrs.frozen(slots=True)
class ReconcileResult:
    """What one pass did. ``ran`` is False when another worker was running one (nothing was read).

    ``already_handled``: changes a webhook or an earlier pass had handed over; ``in_progress``:
    held by another worker at that moment; ``failed``: the handler raised. Both of the last two
    held the checkpoint back, so the next pass reads them again.
    """

    ran: bool
    handled: int = 0
    already_handled: int = 0
    in_progress: int = 0
    failed: int = 0
    pages: int = 0
    checkpoint: ChangeCheckpoint | None = None


def _positive_seconds(what: str, value: float) -> float:
    check_number(what, value, positive=True)
    return float(value)


class Reconciler:
    """Hands every booking change to ``handler`` once, from webhooks and reconciliation passes.

    - ``since``: where the first pass starts when the store holds no checkpoint (server time).
    - ``checkpoints``: a :class:`CheckpointStore` (default: in memory).
    - ``claims``: a :class:`ClaimStore` shared by the webhook path and the passes, and by every
      worker when it is a :class:`RedisClaims` (default: in this process).
    - ``interval``: seconds between passes inside ``running(cal)``; 0 runs passes only when
      ``reconcile()`` is called.
    - ``overlap``: how far before the checkpoint each pass reads again (default 5 minutes).
    - ``retention``: how long a handled change stays marked; it must outlast what a pass reads
      again (``overlap`` + ``interval`` + ``pass_timeout``), else an old change would be handed
      over twice. Default: a day.
    - ``claim_ttl``: how long the handler may hold one change before another worker may take it.
    - ``pass_timeout``: a pass running longer is cancelled (and changes nothing).

    In a FastAPI app: ``async with reconciler.running(cal):`` in the lifespan, and
    ``webhook_router(..., handler=reconciler.on_webhook, once=claims)`` for the deliveries.
    """

    def __init__(
        self,
        handler: ChangeHandler,
        *,
        since: datetime,
        checkpoints: CheckpointStore | None = None,
        claims: ClaimStore | None = None,
        interval: float = 300.0,
        overlap: timedelta = DEFAULT_OVERLAP,
        retention: timedelta = timedelta(days=1),
        page_size: int = 100,
        claim_ttl: float = 60.0,
        pass_timeout: float = 600.0,
        prefix: str = "cal_async:sync",
    ) -> None:
        self._handler = handler
        self.since = require_aware(since, "since")
        self.checkpoints: CheckpointStore = (
            checkpoints if checkpoints is not None else MemoryCheckpointStore()
        )
        self.claims: ClaimStore = claims if claims is not None else MemoryClaims()
        check_number("interval", interval)
        self.interval = float(interval)
        if not isinstance(overlap, timedelta) or overlap < timedelta(0):
            raise ValueError(f"overlap must be a timedelta of 0 or more, got {overlap!r}")
        self.overlap = overlap
        self._claim_ttl = _positive_seconds("claim_ttl", claim_ttl)
        self._pass_timeout = _positive_seconds("pass_timeout", pass_timeout)
        reread = overlap + timedelta(seconds=self.interval + self._pass_timeout)
        if not isinstance(retention, timedelta) or retention <= reread:
            raise ValueError(
                f"retention ({retention}) must be longer than overlap + interval + pass_timeout ({reread}): "
                "a change read again by a later pass must still be marked as handled"
            )
        self._retention = retention.total_seconds()
        if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= 250:
            raise ValueError(f"page_size must be an int from 1 to 250, got {page_size!r}")
        self.page_size = page_size
        self.prefix = prefix
        self._cal: CalClient | None = None

    def __repr__(self) -> str:
        return (
            f"Reconciler(since={self.since.isoformat()}, interval={self.interval}, "
            f"checkpoints={self.checkpoints!r}, claims={self.claims!r})"
        )

    # -- lifecycle -----------------------------------------------------------------------------

    @asynccontextmanager
    async def running(self, cal: CalClient, *, first_pass: bool = True) -> AsyncIterator[Reconciler]:
        """Bind ``cal`` (for webhooks and passes) and, with an ``interval``, run a pass every
        ``interval`` seconds in the background (the first at once unless ``first_pass=False``) until
        the block ends. A pass that fails is logged and the next one tries again."""
        if self._cal is not None:
            raise RuntimeError("this Reconciler is already running")
        self._cal = cal
        try:
            if self.interval <= 0:
                yield self
                return
            raised: Exception | None = None
            async with anyio.create_task_group() as group:
                group.start_soon(self._every_interval, first_pass)
                try:
                    yield self
                except Exception as exc:
                    raised = exc  # re-raised outside the task group, which would wrap it
                finally:
                    group.cancel_scope.cancel()
            if raised is not None:
                raise raised
        finally:
            self._cal = None

    async def _every_interval(self, first_pass: bool) -> None:
        if not first_pass:
            await anyio.sleep(self.interval)
        while True:
            try:
                await self.reconcile()
            except Exception:  # logged; the next pass starts from the same checkpoint
                logger.exception("booking reconciliation pass failed; next one in %s s", self.interval)
            await anyio.sleep(self.interval)

    def _client(self, cal: CalClient | None) -> CalClient:
        client = cal or self._cal
        if client is None:
            raise RuntimeError(
                "this Reconciler has no client: run it inside `async with reconciler.running(cal):` "
                "(e.g. in your FastAPI lifespan), or pass reconcile(cal)"
            )
        return client

    # -- the two paths -------------------------------------------------------------------------

    async def reconcile(self, cal: CalClient | None = None) -> ReconcileResult:
        """Run one pass now (unless another worker is running one) and store its checkpoint."""
        client = self._client(cal)
        lease = await self.claims.claim(f"{self.prefix}:pass", ttl=self._pass_timeout + _LEASE_MARGIN)
        if not lease.acquired:
            return ReconcileResult(ran=False)
        try:
            with anyio.fail_after(self._pass_timeout):
                return await self._pass(client)
        finally:
            with anyio.CancelScope(shield=True):
                await self.claims.release(lease)

    async def _pass(self, cal: CalClient) -> ReconcileResult:
        stored = await self.checkpoints.load()
        changes: BookingChanges = cal.bookings.changes(
            stored if stored is not None else self.since, overlap=self.overlap, page_size=self.page_size
        )
        counts: dict[Outcome | Literal["failed"], int] = {"handled": 0, "done": 0, "busy": 0, "failed": 0}
        held_back: list[BookingChange] = []
        async for change in changes:
            try:
                outcome = await self._offer(change)
            except Exception:
                logger.exception(
                    "booking change %s: the handler raised; the next pass offers it again", change.key
                )
                counts["failed"] += 1
                held_back.append(change)
                continue
            counts[outcome] += 1
            if outcome == "busy":
                held_back.append(change)
        checkpoint = changes.checkpoint
        for change in held_back:
            checkpoint = checkpoint.capped(
                updated_at=change.updated_at, created_at=change.created_at, overlap=self.overlap
            )
        await self.checkpoints.save(checkpoint)
        return ReconcileResult(
            ran=True,
            handled=counts["handled"],
            already_handled=counts["done"],
            in_progress=counts["busy"],
            failed=counts["failed"],
            pages=changes.pages,
            checkpoint=checkpoint,
        )

    async def on_webhook(self, event: WebhookEvent) -> None:
        """A webhook handler (``webhook_router(handler=reconciler.on_webhook)``): fetches each
        booking the delivery names and hands over the changes not handled yet. Deliveries that name
        no booking (forms, out of office) are ignored: handle those in your own handler, which can
        ``await reconciler.on_webhook(event)`` first. Raises if a fetch or your handler fails, so
        the delivery is not marked handled either."""
        cal = self._client(None)
        for uid in booking_uids(event):
            try:
                found = await cal.bookings.get(uid)
            except NotFoundError:
                # Not visible with this client's credentials: nothing a pass could see either.
                logger.warning("webhook %s names booking %s, which the API does not show", event.trigger, uid)
                continue
            for booking in found if isinstance(found, list) else [found]:
                await self._offer(BookingChange(booking, "webhook", event=event))

    async def _offer(self, change: BookingChange) -> Outcome:
        claim = await self.claims.claim(f"{self.prefix}:change:{change.key}", ttl=self._claim_ttl)
        if not claim.acquired:
            status: ClaimStatus = claim.status
            return "done" if status == "done" else "busy"
        try:
            await self._handler(change)
        except BaseException:
            with anyio.CancelScope(shield=True):
                await self.claims.release(claim)
            raise
        await self.claims.complete(claim, ttl=self._retention)
        return "handled"


def booking_uids(event: WebhookEvent) -> list[str]:
    """The bookings a delivery is about: a reschedule names the new booking and the one it
    cancelled; no-show and wrong-assignment events name theirs by ``bookingUid``."""
    from ..webhooks import BookingEvent, MeetingEvent, NoShowEvent, RecordingEvent, WrongAssignmentReportEvent

    named: list[str | None] = []
    if isinstance(event, BookingEvent):
        named += [event.reschedule_uid, event.uid]
    elif isinstance(event, MeetingEvent | RecordingEvent):
        named.append(event.uid)
    elif isinstance(event, NoShowEvent | WrongAssignmentReportEvent):
        named.append(event.booking_uid)
    return list(dict.fromkeys(uid for uid in named if uid))
