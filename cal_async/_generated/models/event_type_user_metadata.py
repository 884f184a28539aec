# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class EventTypeUserMetadata(ApiModel):
    """Fields are decoded, checked and cached when first read; fields the API document does not declare
    stay readable with ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()
    _fields: ClassVar[frozenset[str]] = frozenset({})
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
    ) -> None:
        self._set({})
