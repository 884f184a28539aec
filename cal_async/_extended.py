"""The resource tree ``CalClient`` exposes: the generated one, with hand-written subclasses where
the ergonomic helpers live (``cal_async/resources/``).

Each property imports its module on first use, as the generated tree does, so ``import cal_async``
does not pay for helpers a program never touches.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._generated.resources import RootResource

if TYPE_CHECKING:
    from .resources.bookings import Bookings
    from .resources.calendars import Calendars
    from .resources.event_types import EventTypes
    from .resources.schedules import Schedules
    from .resources.slots import Slots
    from .resources.teams import Orgs
    from .resources.webhooks import Webhooks

__all__ = ["ExtendedResources"]


class ExtendedResources(RootResource):
    """``RootResource`` with the extended ``bookings``, ``slots``, ``event_types``, ``schedules``,
    ``webhooks``, ``calendars`` and ``orgs``."""

    @cached_property
    def bookings(self) -> Bookings:
        """``bookings``: the generated operations plus ``book``, ``book_first_available``."""
        from .resources.bookings import Bookings

        return Bookings(self._client)

    @cached_property
    def slots(self) -> Slots:
        """``slots``: the generated operations plus ``available``, ``check``, ``hold``, ``release``."""
        from .resources.slots import Slots

        return Slots(self._client)

    @cached_property
    def event_types(self) -> EventTypes:
        """``event_types``: the generated operations plus cached ``by_slug``/``team_by_slug``."""
        from .resources.event_types import EventTypes

        return EventTypes(self._client)

    @cached_property
    def schedules(self) -> Schedules:
        """``schedules``: the generated operations plus a validating ``create`` and ``default``."""
        from .resources.schedules import Schedules

        return Schedules(self._client)

    @cached_property
    def webhooks(self) -> Webhooks:
        """``webhooks``: the generated operations with trigger validation."""
        from .resources.webhooks import Webhooks

        return Webhooks(self._client)

    @cached_property
    def calendars(self) -> Calendars:
        """``calendars``: the generated operations plus ``connected`` and ``busy_times``."""
        from .resources.calendars import Calendars

        return Calendars(self._client)

    @cached_property
    def orgs(self) -> Orgs:
        """``orgs``: the generated tree with team event type and team booking helpers."""
        from .resources.teams import Orgs

        return Orgs(self._client)
