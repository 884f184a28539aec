# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.create_attribute_option_output_status import CreateAttributeOptionOutputStatus

if TYPE_CHECKING:
    from ..models.option_output import OptionOutput


class CreateAttributeOptionOutput(ApiModel):
    """
    Attributes:
        status (CreateAttributeOptionOutputStatus):  Example: success.
        data (OptionOutput):
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
        status: CreateAttributeOptionOutputStatus,
        data: OptionOutput,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = CreateAttributeOptionOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> CreateAttributeOptionOutputStatus:
        status = CreateAttributeOptionOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> OptionOutput:
        from ..models.option_output import OptionOutput  # noqa: PLC0415

        data = OptionOutput.from_dict(self._req("data"))

        return data
