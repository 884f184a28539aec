# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.delete_attribute_option_output_status import DeleteAttributeOptionOutputStatus

if TYPE_CHECKING:
    from ..models.option_output import OptionOutput


class DeleteAttributeOptionOutput(ApiModel):
    """
    Attributes:
        status (DeleteAttributeOptionOutputStatus):  Example: success.
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
        status: DeleteAttributeOptionOutputStatus,
        data: OptionOutput,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = DeleteAttributeOptionOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> DeleteAttributeOptionOutputStatus:
        status = DeleteAttributeOptionOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> OptionOutput:
        from ..models.option_output import OptionOutput  # noqa: PLC0415

        data = OptionOutput.from_dict(self._req("data"))

        return data
