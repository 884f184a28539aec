# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

if TYPE_CHECKING:
    from ..models.delete_private_link_output_data import DeletePrivateLinkOutputData


class DeletePrivateLinkOutput(ApiModel):
    """
    Attributes:
        status (str): Response status Example: success.
        data (DeletePrivateLinkOutputData): Deleted link information
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "status",
            "data",
        }
    )
    _required = frozenset(
        {
            "status",
            "data",
        }
    )

    def __init__(
        self,
        *,
        status: str,
        data: DeletePrivateLinkOutputData,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = status

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> str:
        """Response status"""
        return cast(str, self._req("status"))

    @property
    def data(self) -> DeletePrivateLinkOutputData:
        """Deleted link information"""
        from ..models.delete_private_link_output_data import DeletePrivateLinkOutputData  # noqa: PLC0415

        data = DeletePrivateLinkOutputData.from_dict(self._req("data"))

        return data
