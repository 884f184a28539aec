# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from cal_async._fields import (
    field,
    model,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from .update_routing_form_response_input_response import UpdateRoutingFormResponseInputResponse

    pass


class UpdateRoutingFormResponseInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    response: UpdateRoutingFormResponseInputResponse | Unset = field(
        "response",
        model("update_routing_form_response_input_response", "UpdateRoutingFormResponseInputResponse"),
        required=False,
    )
    """ The updated response data """

    def __init__(
        self,
        *,
        response: UpdateRoutingFormResponseInputResponse | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "response": response,
            }
        )


class UpdateRoutingFormResponseInputDict(TypedDict, total=False):
    """``UpdateRoutingFormResponseInput`` as a plain dict with the API's JSON names, for request bodies."""

    response: UpdateRoutingFormResponseInputResponse | Mapping[str, Any]
