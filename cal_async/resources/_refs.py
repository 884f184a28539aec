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
        return {key: value for _, key, value in self._given()}

    def query(self) -> dict[str, Any]:
        """The identifying fields as the slot search's keyword arguments (``event_type_id``...)."""
        return {name: value for name, _, value in self._given()}

    def _given(self) -> list[tuple[str, str, object]]:
        values = (self.id, self.slug, self.username, self.team_slug, self.organization_slug)
        return [
            (name, key, value) for (name, key), value in zip(_NAMES, values, strict=True) if value is not None
        ]


# (keyword argument, JSON name) of each identifying field, in the order of the attributes.
_NAMES = (
    ("event_type_id", "eventTypeId"),
    ("event_type_slug", "eventTypeSlug"),
    ("username", "username"),
    ("team_slug", "teamSlug"),
    ("organization_slug", "organizationSlug"),
)

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
    if isinstance(ident, bool) or not isinstance(ident, int) or ident < 1:
        shown = repr(ident)[:40]
        raise ResponseValidationError(
            model, "id", f"'id' should be a positive integer; the server sent {type(ident).__name__} {shown}"
        )
    return EventTypeRef.by_id(ident)


_NO_ID = object()
