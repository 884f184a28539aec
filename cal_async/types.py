"""Every model, request ``TypedDict`` and enum of the Cal.com API, and the ``UNSET`` sentinel.

``from cal_async.types import BookingOutput, CreateBookingInputDict, UNSET`` is the public home of
these names (never ``cal_async._generated``). Each is imported on first use, so importing this
module costs nothing until a name is touched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from ._generated.models import *  # noqa: F403


def __getattr__(name: str) -> Any:
    from ._generated import models

    value = getattr(models, name)  # AttributeError names the missing model
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    from ._generated import models

    return sorted({"UNSET", "Unset", *models.__all__})


__all__ = ["UNSET", "Unset"]  # the models are listed in cal_async._generated.models.__all__
