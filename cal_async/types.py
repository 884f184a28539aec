"""Every model, request ``TypedDict`` and enum of the Cal.com API, and the ``UNSET`` sentinel.

``from cal_async.types import BookingOutput, CreateBookingInputDict, UNSET`` is the public home of
these names (never ``cal_async._generated``). Each is imported on first use, so importing this
module costs nothing until a name is touched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lazy_exports import lazy_exports
from ._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from ._generated.models import *  # noqa: F403

__all__ = ["UNSET", "Unset"]  # the models are listed in cal_async._generated.models.__all__

__getattr__, __dir__ = lazy_exports(globals(), {}, rest="._generated.models")
