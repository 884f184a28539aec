"""GENERATED CODE: do not edit. ``me`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    model,
)
from cal_async._operation import Operation, body
from cal_async._options import RequestOptions
from cal_async._resource import APIResource

if TYPE_CHECKING:
    from ..models.me_output import MeOutput
    from ..models.update_managed_user_input import UpdateManagedUserInput, UpdateManagedUserInputDict

    pass


GET: Final[Operation[MeOutput]] = Operation(
    "me",
    "get",
    "GET",
    "/v2/me",
    (),
    model("me_output", "MeOutput"),
    auth=("Authorization",),
    operation_id="MeController_getMe",
    summary="Get my profile",
)
UPDATE: Final[Operation[MeOutput]] = Operation(
    "me",
    "update",
    "PATCH",
    "/v2/me",
    (body(),),
    model("me_output", "MeOutput"),
    auth=("Authorization",),
    operation_id="MeController_updateMe",
    summary="Update my profile",
)


class MeResource(APIResource):
    """Operations under ``me``."""

    async def get(
        self,
        **options: Unpack[RequestOptions],
    ) -> MeOutput:
        """Get my profile.

        ``GET /v2/me``"""
        return await self._run(GET, options)

    async def update(
        self,
        *,
        body: UpdateManagedUserInput | UpdateManagedUserInputDict,
        **options: Unpack[RequestOptions],
    ) -> MeOutput:
        """Update my profile.

        ``PATCH /v2/me``"""
        return await self._run(UPDATE, options, body)
