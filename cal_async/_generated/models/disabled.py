# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    BOOL,
    field,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class Disabled(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    disabled: bool = field("disabled", BOOL, required=True)
    """ Only acceptable value for the `disabled` property is `true`. It is used to reset the value of the
    property for which previously an object containing specific settings was passed. """

    def __init__(
        self,
        *,
        disabled: bool,
    ) -> None:
        self._set(
            {
                "disabled": disabled,
            }
        )


class DisabledDict(TypedDict, total=False):
    """``Disabled`` as a plain dict with the API's JSON names, for request bodies."""

    disabled: Required[bool]
