# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_single_attribute_output_status import GetSingleAttributeOutputStatus

if TYPE_CHECKING:
    from ..models.attribute import Attribute


class GetSingleAttributeOutput(ApiModel):
    """
    Attributes:
        status (GetSingleAttributeOutputStatus):  Example: success.
        data (Attribute | None):
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
        status: GetSingleAttributeOutputStatus,
        data: Attribute | None,
        **extra: Any,
    ) -> None:
        from ..models.attribute import Attribute  # noqa: PLC0415

        data: dict[str, Any] = {}
        data["status"] = GetSingleAttributeOutputStatus(status).value

        if isinstance(data, Attribute):
            data["data"] = as_json(data)
        else:
            data["data"] = data

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetSingleAttributeOutputStatus:
        status = GetSingleAttributeOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> Attribute | None:
        from ..models.attribute import Attribute  # noqa: PLC0415

        def _parse_data(data: object) -> Attribute | None:
            if data is None:
                return data
            try:
                if not Attribute._matches(data):
                    raise TypeError()
                data_type_1 = Attribute.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Attribute | None, data)

        data = _parse_data(self._req("data"))

        return data
