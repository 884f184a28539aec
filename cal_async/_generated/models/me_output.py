# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    FLOAT,
    INT,
    STR,
    field,
    model,
    nullable,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from .me_org_output import MeOrgOutput, MeOrgOutputDict

    pass


class MeOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: int = field("id", INT, required=True)
    username: str = field("username", STR, required=True)
    email: str = field("email", STR, required=True)
    time_format: float = field("timeFormat", FLOAT, required=True)
    default_schedule_id: int | None = field("defaultScheduleId", nullable(INT), required=True)
    week_start: str = field("weekStart", STR, required=True)
    time_zone: str = field("timeZone", STR, required=True)
    organization_id: int | None = field("organizationId", nullable(INT), required=True)
    organization: MeOrgOutput | Unset = field("organization", model("me_org_output", "MeOrgOutput"), required=False)

    def __init__(
        self,
        *,
        id: int,
        username: str,
        email: str,
        time_format: float,
        default_schedule_id: int | None,
        week_start: str,
        time_zone: str,
        organization_id: int | None,
        organization: MeOrgOutput | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "id": id,
                "username": username,
                "email": email,
                "timeFormat": time_format,
                "defaultScheduleId": default_schedule_id,
                "weekStart": week_start,
                "timeZone": time_zone,
                "organizationId": organization_id,
                "organization": organization,
            }
        )


class MeOutputDict(TypedDict, total=False):
    """``MeOutput`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[int]
    username: Required[str]
    email: Required[str]
    timeFormat: Required[float]
    defaultScheduleId: Required[int | None]
    weekStart: Required[str]
    timeZone: Required[str]
    organizationId: Required[int | None]
    organization: MeOrgOutput | MeOrgOutputDict
