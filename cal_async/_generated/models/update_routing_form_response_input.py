# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_routing_form_response_input_response import UpdateRoutingFormResponseInputResponse


class UpdateRoutingFormResponseInput(ApiModel):
    """
    Attributes:
        response (UpdateRoutingFormResponseInputResponse | Unset): The updated response data
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "response",
        }
    )
    _required = frozenset({})

    def __init__(
        self,
        *,
        response: UpdateRoutingFormResponseInputResponse | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        _response = UNSET
        if not isinstance(response, Unset):
            _response = as_json(response)

        if not isinstance(_response, Unset):
            data["response"] = _response
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def response(self) -> UpdateRoutingFormResponseInputResponse | Unset:
        """The updated response data"""
        from ..models.update_routing_form_response_input_response import UpdateRoutingFormResponseInputResponse  # noqa: PLC0415

        _response = self._data.get("response", UNSET)
        response: UpdateRoutingFormResponseInputResponse | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = UpdateRoutingFormResponseInputResponse.from_dict(_response)

        return response
