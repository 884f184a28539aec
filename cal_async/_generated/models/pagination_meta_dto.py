# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    BOOL,
    FLOAT,
    field,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class PaginationMetaDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    total_items: float = field("totalItems", FLOAT, required=True)
    """ The total number of items available across all pages, matching the query criteria. """
    remaining_items: float = field("remainingItems", FLOAT, required=True)
    """ The number of items remaining to be fetched *after* the current page. Calculated as: `totalItems -
    (skip + itemsPerPage)`. """
    returned_items: float = field("returnedItems", FLOAT, required=True)
    """ The number of items returned in the current page. """
    items_per_page: float = field("itemsPerPage", FLOAT, required=True)
    """ The maximum number of items requested per page. """
    current_page: float = field("currentPage", FLOAT, required=True)
    """ The current page number being returned. """
    total_pages: float = field("totalPages", FLOAT, required=True)
    """ The total number of pages available. """
    has_next_page: bool = field("hasNextPage", BOOL, required=True)
    """ Indicates if there is a subsequent page available after the current one. """
    has_previous_page: bool = field("hasPreviousPage", BOOL, required=True)
    """ Indicates if there is a preceding page available before the current one. """

    def __init__(
        self,
        *,
        total_items: float,
        remaining_items: float,
        returned_items: float,
        items_per_page: float,
        current_page: float,
        total_pages: float,
        has_next_page: bool,
        has_previous_page: bool,
    ) -> None:
        self._set(
            {
                "totalItems": total_items,
                "remainingItems": remaining_items,
                "returnedItems": returned_items,
                "itemsPerPage": items_per_page,
                "currentPage": current_page,
                "totalPages": total_pages,
                "hasNextPage": has_next_page,
                "hasPreviousPage": has_previous_page,
            }
        )


class PaginationMetaDtoDict(TypedDict, total=False):
    """``PaginationMetaDto`` as a plain dict with the API's JSON names, for request bodies."""

    totalItems: Required[float]
    remainingItems: Required[float]
    returnedItems: Required[float]
    itemsPerPage: Required[float]
    currentPage: Required[float]
    totalPages: Required[float]
    hasNextPage: Required[bool]
    hasPreviousPage: Required[bool]
