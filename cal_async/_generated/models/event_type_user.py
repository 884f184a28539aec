# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from cal_async._fields import (
    INT,
    STR,
    field,
    model,
    nullable,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    from .event_type_user_metadata import EventTypeUserMetadata

    pass


class EventTypeUser(ApiModel):
    """A user of an event type

    Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: int = field("id", INT, required=True)
    name: str | None = field("name", nullable(STR), required=True)
    username: str | None = field("username", nullable(STR), required=True)
    avatar_url: str | None = field("avatarUrl", nullable(STR), required=True)
    brand_color: str | None = field("brandColor", nullable(STR), required=True)
    dark_brand_color: str | None = field("darkBrandColor", nullable(STR), required=True)
    week_start: str = field("weekStart", STR, required=True)
    metadata: EventTypeUserMetadata = field(
        "metadata", model("event_type_user_metadata", "EventTypeUserMetadata"), required=True
    )

    def __init__(
        self,
        *,
        id: int,
        name: str | None,
        username: str | None,
        avatar_url: str | None,
        brand_color: str | None,
        dark_brand_color: str | None,
        week_start: str,
        metadata: EventTypeUserMetadata,
    ) -> None:
        self._set(
            {
                "id": id,
                "name": name,
                "username": username,
                "avatarUrl": avatar_url,
                "brandColor": brand_color,
                "darkBrandColor": dark_brand_color,
                "weekStart": week_start,
                "metadata": metadata,
            }
        )


class EventTypeUserDict(TypedDict, total=False):
    """``EventTypeUser`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[int]
    name: Required[str | None]
    username: Required[str | None]
    avatarUrl: Required[str | None]
    brandColor: Required[str | None]
    darkBrandColor: Required[str | None]
    weekStart: Required[str]
    metadata: Required[EventTypeUserMetadata | Mapping[str, Any]]
