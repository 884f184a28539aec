# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING

from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class EventTypeOutputBookingLimitsDuration(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    def __init__(
        self,
    ) -> None:
        self._set({})
