# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

if TYPE_CHECKING:
    from ..models.workspace_platform_dto import WorkspacePlatformDto


class DelegationCredentialOutput(ApiModel):
    """
    Attributes:
        id (str):
        enabled (bool):
        domain (str):
        organization_id (int):
        workspace_platform (WorkspacePlatformDto):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "enabled",
            "domain",
            "organizationId",
            "workspacePlatform",
            "createdAt",
            "updatedAt",
        }
    )
    _required = frozenset(
        {
            "id",
            "enabled",
            "domain",
            "organizationId",
            "workspacePlatform",
            "createdAt",
            "updatedAt",
        }
    )

    def __init__(
        self,
        *,
        id: str,
        enabled: bool,
        domain: str,
        organization_id: int,
        workspace_platform: WorkspacePlatformDto,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["enabled"] = enabled

        data["domain"] = domain

        data["organizationId"] = organization_id

        data["workspacePlatform"] = as_json(workspace_platform)

        data["createdAt"] = created_at if isinstance(created_at, str) else created_at.isoformat()

        data["updatedAt"] = updated_at if isinstance(updated_at, str) else updated_at.isoformat()

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> str:
        return cast(str, self._req("id"))

    @property
    def enabled(self) -> bool:
        return cast(bool, self._req("enabled"))

    @property
    def domain(self) -> str:
        return cast(str, self._req("domain"))

    @property
    def organization_id(self) -> int:
        return cast(int, self._req("organizationId"))

    @property
    def workspace_platform(self) -> WorkspacePlatformDto:
        from ..models.workspace_platform_dto import WorkspacePlatformDto  # noqa: PLC0415

        workspace_platform = WorkspacePlatformDto.from_dict(self._req("workspacePlatform"))

        return workspace_platform

    @property
    def created_at(self) -> datetime.datetime:
        created_at = datetime.datetime.fromisoformat(self._req("createdAt"))

        return created_at

    @property
    def updated_at(self) -> datetime.datetime:
        updated_at = datetime.datetime.fromisoformat(self._req("updatedAt"))

        return updated_at
