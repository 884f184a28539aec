"""GENERATED CODE: do not edit. ``event_types.private_links`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.create_private_link_input import CreatePrivateLinkInput, CreatePrivateLinkInputDict
    from ..models.delete_private_link_output_data import DeletePrivateLinkOutputData
    from ..models.time_based_private_link_output import TimeBasedPrivateLinkOutput
    from ..models.update_private_link_body import UpdatePrivateLinkBody, UpdatePrivateLinkBodyDict
    from ..models.usage_based_private_link_output import UsageBasedPrivateLinkOutput

    pass


class EventTypesPrivateLinksResource(APIResource):
    """Operations under ``event_types.private_links``."""

    async def create(
        self,
        event_type_id: int,
        *,
        body: CreatePrivateLinkInput | CreatePrivateLinkInputDict,
        **options: Unpack[RequestOptions],
    ) -> TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput:
        """Create a private link for an event type.

        ``POST /v2/event-types/{event_type_id}/private-links``

        Args:
            event_type_id (int):
            body (CreatePrivateLinkInput):"""
        from ..api.event_types_private_links import event_types_private_links_create as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            event_type_id,
            body=body,
        )

    async def delete(
        self,
        event_type_id: int,
        link_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeletePrivateLinkOutputData:
        """Delete a private link for an event type.

        ``DELETE /v2/event-types/{event_type_id}/private-links/{link_id}``

        Args:
            event_type_id (int):
            link_id (str):"""
        from ..api.event_types_private_links import event_types_private_links_delete as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            event_type_id,
            link_id,
        )

    def list(
        self,
        event_type_id: int,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput]:
        """Get all private links for an event type.

        ``GET /v2/event-types/{event_type_id}/private-links``

        The server sends the list whole: await the result for it as one page, or ``async for``
        over it for every item.

        Args:
            event_type_id (int):"""
        from ..api.event_types_private_links import event_types_private_links_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            event_type_id,
        )

    async def update(
        self,
        event_type_id: int,
        link_id: str,
        *,
        body: UpdatePrivateLinkBody | UpdatePrivateLinkBodyDict,
        **options: Unpack[RequestOptions],
    ) -> TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput:
        """Update a private link for an event type.

        ``PATCH /v2/event-types/{event_type_id}/private-links/{link_id}``

        Args:
            event_type_id (int):
            link_id (str):
            body (UpdatePrivateLinkBody):"""
        from ..api.event_types_private_links import event_types_private_links_update as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            event_type_id,
            link_id,
            body=body,
        )
