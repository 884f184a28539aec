# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from cal_async._fields import (
    BOOL,
    DATETIME,
    INT,
    STR,
    field,
    model,
    nullable,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    from .routing_form_output_fields_type_0 import RoutingFormOutputFieldsType0
    from .routing_form_output_routes_type_0 import RoutingFormOutputRoutesType0
    from .routing_form_output_settings_type_0 import RoutingFormOutputSettingsType0

    pass


class RoutingFormOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    name: str = field("name", STR, required=True)
    description: str | None = field("description", nullable(STR), required=True)
    position: int = field("position", INT, required=True)
    created_at: datetime.datetime = field("createdAt", DATETIME, required=True)
    updated_at: datetime.datetime = field("updatedAt", DATETIME, required=True)
    user_id: int = field("userId", INT, required=True)
    team_id: int | None = field("teamId", nullable(INT), required=True)
    disabled: bool = field("disabled", BOOL, required=True)
    id: str = field("id", STR, required=True)
    routes: RoutingFormOutputRoutesType0 | None = field(
        "routes", nullable(model("routing_form_output_routes_type_0", "RoutingFormOutputRoutesType0")), required=True
    )
    fields: RoutingFormOutputFieldsType0 | None = field(
        "fields", nullable(model("routing_form_output_fields_type_0", "RoutingFormOutputFieldsType0")), required=True
    )
    settings: RoutingFormOutputSettingsType0 | None = field(
        "settings",
        nullable(model("routing_form_output_settings_type_0", "RoutingFormOutputSettingsType0")),
        required=True,
    )

    def __init__(
        self,
        *,
        name: str,
        description: str | None,
        position: int,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        user_id: int,
        team_id: int | None,
        disabled: bool,
        id: str,
        routes: RoutingFormOutputRoutesType0 | None,
        fields: RoutingFormOutputFieldsType0 | None,
        settings: RoutingFormOutputSettingsType0 | None,
    ) -> None:
        self._set(
            {
                "name": name,
                "description": description,
                "position": position,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "userId": user_id,
                "teamId": team_id,
                "disabled": disabled,
                "id": id,
                "routes": routes,
                "fields": fields,
                "settings": settings,
            }
        )


class RoutingFormOutputDict(TypedDict, total=False):
    """``RoutingFormOutput`` as a plain dict with the API's JSON names, for request bodies."""

    name: Required[str]
    description: Required[str | None]
    position: Required[int]
    createdAt: Required[datetime.datetime]
    updatedAt: Required[datetime.datetime]
    userId: Required[int]
    teamId: Required[int | None]
    disabled: Required[bool]
    id: Required[str]
    routes: Required[RoutingFormOutputRoutesType0 | Mapping[str, Any] | None]
    fields: Required[RoutingFormOutputFieldsType0 | Mapping[str, Any] | None]
    settings: Required[RoutingFormOutputSettingsType0 | Mapping[str, Any] | None]
