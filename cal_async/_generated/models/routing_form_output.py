# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, TypedDict

from cal_async._fields import (
    BOOL,
    DATETIME,
    INT,
    STR,
    Field,
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
    """Fields are decoded, checked and cached when first read; fields the API document does not declare
    stay readable with ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()
    _fields: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "description",
            "position",
            "createdAt",
            "updatedAt",
            "userId",
            "teamId",
            "disabled",
            "id",
            "routes",
            "fields",
            "settings",
        }
    )
    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "description",
            "position",
            "createdAt",
            "updatedAt",
            "userId",
            "teamId",
            "disabled",
            "id",
            "routes",
            "fields",
            "settings",
        }
    )

    name: Field[str] = Field("name", STR, required=True)
    description: Field[str | None] = Field("description", nullable(STR), required=True)
    position: Field[int] = Field("position", INT, required=True)
    created_at: Field[datetime.datetime] = Field("createdAt", DATETIME, required=True)
    updated_at: Field[datetime.datetime] = Field("updatedAt", DATETIME, required=True)
    user_id: Field[int] = Field("userId", INT, required=True)
    team_id: Field[int | None] = Field("teamId", nullable(INT), required=True)
    disabled: Field[bool] = Field("disabled", BOOL, required=True)
    id: Field[str] = Field("id", STR, required=True)
    routes: Field[RoutingFormOutputRoutesType0 | None] = Field(
        "routes", nullable(model("routing_form_output_routes_type_0", "RoutingFormOutputRoutesType0")), required=True
    )
    fields: Field[RoutingFormOutputFieldsType0 | None] = Field(
        "fields", nullable(model("routing_form_output_fields_type_0", "RoutingFormOutputFieldsType0")), required=True
    )
    settings: Field[RoutingFormOutputSettingsType0 | None] = Field(
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
