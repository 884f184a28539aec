# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class CancelSeatedBookingInput(ApiModel):
    """
    Attributes:
        seat_uid (str): Uid of the specific seat within booking. Example: 3be561a9-31f1-4b8e-aefc-9d9a085f0dd1.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "seatUid",
        }
    )
    _required = frozenset(
        {
            "seatUid",
        }
    )

    def __init__(
        self,
        *,
        seat_uid: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["seatUid"] = seat_uid

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def seat_uid(self) -> str:
        """Uid of the specific seat within booking."""
        return cast(str, self._req("seatUid"))
