# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    BOOL,
    DATETIME,
    INT,
    STR,
    field,
    model,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    from .workspace_platform_dto import WorkspacePlatformDto, WorkspacePlatformDtoDict

    pass


class DelegationCredentialOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: str = field("id", STR, required=True)
    enabled: bool = field("enabled", BOOL, required=True)
    domain: str = field("domain", STR, required=True)
    organization_id: int = field("organizationId", INT, required=True)
    workspace_platform: WorkspacePlatformDto = field(
        "workspacePlatform", model("workspace_platform_dto", "WorkspacePlatformDto"), required=True
    )
    created_at: datetime.datetime = field("createdAt", DATETIME, required=True)
    updated_at: datetime.datetime = field("updatedAt", DATETIME, required=True)

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
    ) -> None:
        self._set(
            {
                "id": id,
                "enabled": enabled,
                "domain": domain,
                "organizationId": organization_id,
                "workspacePlatform": workspace_platform,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )


class DelegationCredentialOutputDict(TypedDict, total=False):
    """``DelegationCredentialOutput`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[str]
    enabled: Required[bool]
    domain: Required[str]
    organizationId: Required[int]
    workspacePlatform: Required[WorkspacePlatformDto | WorkspacePlatformDtoDict]
    createdAt: Required[datetime.datetime]
    updatedAt: Required[datetime.datetime]
