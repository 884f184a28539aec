# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.me_org_output import MeOrgOutput


class MeOutput(ApiModel):
    """
    Attributes:
        id (int):
        username (str):
        email (str):
        time_format (float):
        default_schedule_id (int | None):
        week_start (str):
        time_zone (str):
        organization_id (int | None):
        organization (MeOrgOutput | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "username",
            "email",
            "timeFormat",
            "defaultScheduleId",
            "weekStart",
            "timeZone",
            "organizationId",
            "organization",
        }
    )
    _required = frozenset(
        {
            "id",
            "username",
            "email",
            "timeFormat",
            "defaultScheduleId",
            "weekStart",
            "timeZone",
            "organizationId",
        }
    )

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
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["username"] = username

        data["email"] = email

        data["timeFormat"] = time_format

        data["defaultScheduleId"] = default_schedule_id

        data["weekStart"] = week_start

        data["timeZone"] = time_zone

        data["organizationId"] = organization_id

        _organization = UNSET
        if not isinstance(organization, Unset):
            _organization = as_json(organization)

        if not isinstance(_organization, Unset):
            data["organization"] = _organization
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> int:
        return cast(int, self._req("id"))

    @property
    def username(self) -> str:
        return cast(str, self._req("username"))

    @property
    def email(self) -> str:
        return cast(str, self._req("email"))

    @property
    def time_format(self) -> float:
        return cast(float, self._req("timeFormat"))

    @property
    def default_schedule_id(self) -> int | None:
        def _parse_default_schedule_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        default_schedule_id = _parse_default_schedule_id(self._req("defaultScheduleId"))

        return default_schedule_id

    @property
    def week_start(self) -> str:
        return cast(str, self._req("weekStart"))

    @property
    def time_zone(self) -> str:
        return cast(str, self._req("timeZone"))

    @property
    def organization_id(self) -> int | None:
        def _parse_organization_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        organization_id = _parse_organization_id(self._req("organizationId"))

        return organization_id

    @property
    def organization(self) -> MeOrgOutput | Unset:
        from ..models.me_org_output import MeOrgOutput  # noqa: PLC0415

        _organization = self._data.get("organization", UNSET)
        organization: MeOrgOutput | Unset
        if isinstance(_organization, Unset):
            organization = UNSET
        else:
            organization = MeOrgOutput.from_dict(_organization)

        return organization
