"""GENERATED CODE: do not edit. ``event_types.private_links`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    model,
    one_of,
)
from cal_async._operation import Operation, PagedOperation, body, path
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


CREATE: Final[Operation[TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput]] = Operation(
    "event_types.private_links",
    "create",
    "POST",
    "/v2/event-types/{eventTypeId}/private-links",
    (
        path("eventTypeId", "event_type_id"),
        body(),
    ),
    one_of(
        model("time_based_private_link_output", "TimeBasedPrivateLinkOutput"),
        model("usage_based_private_link_output", "UsageBasedPrivateLinkOutput"),
    ),
    auth=("Authorization",),
    operation_id="EventTypesPrivateLinksController_createPrivateLink",
    summary="Create a private link for an event type",
)
DELETE: Final[Operation[DeletePrivateLinkOutputData]] = Operation(
    "event_types.private_links",
    "delete",
    "DELETE",
    "/v2/event-types/{eventTypeId}/private-links/{linkId}",
    (
        path("eventTypeId", "event_type_id"),
        path("linkId", "link_id"),
    ),
    model("delete_private_link_output_data", "DeletePrivateLinkOutputData"),
    auth=("Authorization",),
    operation_id="EventTypesPrivateLinksController_deletePrivateLink",
    summary="Delete a private link for an event type",
)
LIST: Final[PagedOperation[TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput]] = PagedOperation(
    "event_types.private_links",
    "list",
    "GET",
    "/v2/event-types/{eventTypeId}/private-links",
    (path("eventTypeId", "event_type_id"),),
    one_of(
        model("time_based_private_link_output", "TimeBasedPrivateLinkOutput"),
        model("usage_based_private_link_output", "UsageBasedPrivateLinkOutput"),
    ),
    auth=("Authorization",),
    operation_id="EventTypesPrivateLinksController_getPrivateLinks",
    summary="Get all private links for an event type",
)
UPDATE: Final[Operation[TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput]] = Operation(
    "event_types.private_links",
    "update",
    "PATCH",
    "/v2/event-types/{eventTypeId}/private-links/{linkId}",
    (
        path("eventTypeId", "event_type_id"),
        path("linkId", "link_id"),
        body(),
    ),
    one_of(
        model("time_based_private_link_output", "TimeBasedPrivateLinkOutput"),
        model("usage_based_private_link_output", "UsageBasedPrivateLinkOutput"),
    ),
    auth=("Authorization",),
    operation_id="EventTypesPrivateLinksController_updatePrivateLink",
    summary="Update a private link for an event type",
)


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

        ``POST /v2/event-types/{eventTypeId}/private-links``"""
        return await self._run(CREATE, options, event_type_id, body)

    async def delete(
        self,
        event_type_id: int,
        link_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeletePrivateLinkOutputData:
        """Delete a private link for an event type.

        ``DELETE /v2/event-types/{eventTypeId}/private-links/{linkId}``"""
        return await self._run(DELETE, options, event_type_id, link_id)

    def list(
        self,
        event_type_id: int,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput]:
        """Get all private links for an event type.

        ``GET /v2/event-types/{eventTypeId}/private-links``

        The server sends the list whole: await the result for it as one page, or ``async for``
        over it for every item."""
        return self._page(LIST, options, event_type_id)

    async def update(
        self,
        event_type_id: int,
        link_id: str,
        *,
        body: UpdatePrivateLinkBody | UpdatePrivateLinkBodyDict,
        **options: Unpack[RequestOptions],
    ) -> TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput:
        """Update a private link for an event type.

        ``PATCH /v2/event-types/{eventTypeId}/private-links/{linkId}``"""
        return await self._run(UPDATE, options, event_type_id, link_id, body)
