"""GENERATED CODE: do not edit. ``me`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource

if TYPE_CHECKING:
    from ..models.me_output import MeOutput
    from ..models.update_managed_user_input import UpdateManagedUserInput, UpdateManagedUserInputDict

    pass


class MeResource(APIResource):
    """Operations under ``me``."""

    async def get(
        self,
        **options: Unpack[RequestOptions],
    ) -> MeOutput:
        """Get my profile.

        ``GET /v2/me``"""
        from ..api.me import me_get as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
        )

    async def update(
        self,
        *,
        body: UpdateManagedUserInput | UpdateManagedUserInputDict,
        **options: Unpack[RequestOptions],
    ) -> MeOutput:
        """Update my profile.

        ``PATCH /v2/me``

        Args:
            body (UpdateManagedUserInput):"""
        from ..api.me import me_update as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            body=body,
        )
