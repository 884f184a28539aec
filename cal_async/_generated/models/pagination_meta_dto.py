# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class PaginationMetaDto(ApiModel):
    """
    Attributes:
        total_items (float): The total number of items available across all pages, matching the query criteria. Example:
            123.
        remaining_items (float): The number of items remaining to be fetched *after* the current page. Calculated as:
            `totalItems - (skip + itemsPerPage)`. Example: 103.
        returned_items (float): The number of items returned in the current page. Example: 10.
        items_per_page (float): The maximum number of items requested per page. Example: 10.
        current_page (float): The current page number being returned. Example: 2.
        total_pages (float): The total number of pages available. Example: 13.
        has_next_page (bool): Indicates if there is a subsequent page available after the current one. Example: True.
        has_previous_page (bool): Indicates if there is a preceding page available before the current one. Example:
            True.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "totalItems",
            "remainingItems",
            "returnedItems",
            "itemsPerPage",
            "currentPage",
            "totalPages",
            "hasNextPage",
            "hasPreviousPage",
        }
    )
    _required = frozenset(
        {
            "totalItems",
            "remainingItems",
            "returnedItems",
            "itemsPerPage",
            "currentPage",
            "totalPages",
            "hasNextPage",
            "hasPreviousPage",
        }
    )

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
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["totalItems"] = total_items

        data["remainingItems"] = remaining_items

        data["returnedItems"] = returned_items

        data["itemsPerPage"] = items_per_page

        data["currentPage"] = current_page

        data["totalPages"] = total_pages

        data["hasNextPage"] = has_next_page

        data["hasPreviousPage"] = has_previous_page

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def total_items(self) -> float:
        """The total number of items available across all pages, matching the query criteria."""
        return cast(float, self._req("totalItems"))

    @property
    def remaining_items(self) -> float:
        """The number of items remaining to be fetched *after* the current page. Calculated as: `totalItems -
        (skip + itemsPerPage)`."""
        return cast(float, self._req("remainingItems"))

    @property
    def returned_items(self) -> float:
        """The number of items returned in the current page."""
        return cast(float, self._req("returnedItems"))

    @property
    def items_per_page(self) -> float:
        """The maximum number of items requested per page."""
        return cast(float, self._req("itemsPerPage"))

    @property
    def current_page(self) -> float:
        """The current page number being returned."""
        return cast(float, self._req("currentPage"))

    @property
    def total_pages(self) -> float:
        """The total number of pages available."""
        return cast(float, self._req("totalPages"))

    @property
    def has_next_page(self) -> bool:
        """Indicates if there is a subsequent page available after the current one."""
        return cast(bool, self._req("hasNextPage"))

    @property
    def has_previous_page(self) -> bool:
        """Indicates if there is a preceding page available before the current one."""
        return cast(bool, self._req("hasPreviousPage"))
