"""GENERATED CODE: do not edit. ``platform`` resource of the Cal.com API."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from cal_async._resource import APIResource

if TYPE_CHECKING:
    from cal_async._generated.resources.platform_managed_users import PlatformManagedUsersResource
    from cal_async._generated.resources.platform_webhooks import PlatformWebhooksResource

    pass


class PlatformResource(APIResource):
    """Operations under ``platform``."""

    @cached_property
    def managed_users(self) -> PlatformManagedUsersResource:
        """``platform.managed_users``: get, create_user, get_user_by_id, delete_user, update_user, force_refresh, refresh_tokens"""
        from cal_async._generated.resources.platform_managed_users import PlatformManagedUsersResource

        return PlatformManagedUsersResource(self._client)

    @cached_property
    def webhooks(self) -> PlatformWebhooksResource:
        """``platform.webhooks``: list, create, delete_all_oauth_client, get, delete, update"""
        from cal_async._generated.resources.platform_webhooks import PlatformWebhooksResource

        return PlatformWebhooksResource(self._client)
