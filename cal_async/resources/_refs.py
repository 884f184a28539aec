"""Which event type a slot search or a booking is about.

The API accepts three ways to name one: ``eventTypeId``; ``eventTypeSlug`` + ``username`` (a
person's event type); ``eventTypeSlug`` + ``teamSlug`` (a team's: COLLECTIVE, ROUND_ROBIN...), each
slug form optionally with ``organizationSlug``. ``EventTypeRef`` holds exactly one of them, so a
request can never mix two.
"""

from __future__ import annotations

from typing import Any, Protocol

import attrs

from .._errors import CalError, ResponseValidationError
from ._server_values import server_int

__all__ = ["EventTypeLike", "EventTypeRef", "HasId", "event_type_ref"]


class HasId(Protocol):
    """Anything with an integer ``id``: an event type model, to book or search by its id."""

    @property
    def id(self) -> int: ...


def _slug(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise ValueError(f"{attribute.name} must be a non-empty string, got {value!r}")


@attrs.frozen(slots=True)
class EventTypeRef:
    """One event type: ``EventTypeRef.by_id(42)``, ``.user("ada", "intro")``, ``.team("sales", "demo")``."""

    id: int | None = None
    slug: str | None = attrs.field(default=None, validator=_slug)
    username: str | None = attrs.field(default=None, validator=_slug)
    team_slug: str | None = attrs.field(default=None, validator=_slug)
    organization_slug: str | None = attrs.field(default=None, validator=_slug)

    def __attrs_post_init__(self) -> None:
        if self.id is not None:
            if isinstance(self.id, bool) or not isinstance(self.id, int) or self.id < 1:
                raise ValueError(f"an event type id is a positive integer, got {self.id!r}")
            if self.slug or self.username or self.team_slug or self.organization_slug:
                raise ValueError("name an event type by id or by slug, not both")
            return
        if self.slug is None or (self.username is None) == (self.team_slug is None):
            raise ValueError(
                "name an event type by id, by slug + username, or by slug + team slug "
                "(EventTypeRef.by_id / .user / .team)"
            )

    @classmethod
    def by_id(cls, event_type_id: int) -> EventTypeRef:
        return cls(id=event_type_id)

    @classmethod
    def user(cls, username: str, slug: str, *, organization: str | None = None) -> EventTypeRef:
        return cls(slug=slug, username=username, organization_slug=organization)

    @classmethod
    def team(cls, team_slug: str, slug: str, *, organization: str | None = None) -> EventTypeRef:
        """A team event type (COLLECTIVE: every host attends; ROUND_ROBIN: one host is assigned)."""
        return cls(slug=slug, team_slug=team_slug, organization_slug=organization)

    def fields(self) -> dict[str, Any]:
        """The identifying fields, by their JSON names (the same in slot queries and booking bodies)."""
        if self.id is not None:
            return {"eventTypeId": self.id}
        out: dict[str, Any] = {"eventTypeSlug": self.slug}
        if self.username is not None:
            out["username"] = self.username
        if self.team_slug is not None:
            out["teamSlug"] = self.team_slug
        if self.organization_slug is not None:
            out["organizationSlug"] = self.organization_slug
        return out

    def query(self) -> dict[str, Any]:
        """The identifying fields as the slot search's keyword arguments (``event_type_id``...)."""
        return {_PYTHON_NAMES[key]: value for key, value in self.fields().items()}


_PYTHON_NAMES = {
    "eventTypeId": "event_type_id",
    "eventTypeSlug": "event_type_slug",
    "username": "username",
    "teamSlug": "team_slug",
    "organizationSlug": "organization_slug",
}

EventTypeLike = int | EventTypeRef | HasId


def event_type_ref(value: EventTypeLike) -> EventTypeRef:
    """An ``EventTypeRef`` from an id, a ref, or an event type model (anything with an ``id``).

    A bad id given by the caller raises ``ValueError``; a model whose ``id`` (the server's value)
    is missing or not a positive integer raises ``ResponseValidationError``.
    """
    if isinstance(value, EventTypeRef):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return EventTypeRef.by_id(value)
    model = type(value).__name__
    try:
        ident = getattr(value, "id", _NO_ID)
    except CalError:
        raise  # the model says what is missing
    except Exception as exc:  # a model property failing on an odd value
        raise ResponseValidationError(model, "id", f"'id' could not be read ({type(exc).__name__})") from exc
    if ident is _NO_ID or isinstance(value, (str, bytes, float)):
        raise ValueError(
            f"expected an event type id (a positive int), an EventTypeRef or an event type, got {model} "
            f"{str(value)[:40]!r}"
        )
    number = server_int(ident, model, "id")
    if number < 1:
        raise ResponseValidationError(
            model, "id", f"'id' should be a positive integer; the server sent {number}"
        )
    return EventTypeRef.by_id(number)


_NO_ID = object()
