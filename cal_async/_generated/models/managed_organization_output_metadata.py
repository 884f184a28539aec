# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import ApiModel, as_json  # noqa: F401


class ManagedOrganizationOutputMetadata(ApiModel):
    __slots__ = ()
    _fields = frozenset({})
    _required = frozenset({})

    def __init__(
        self,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data.update(extra)
        object.__setattr__(self, "_data", data)
