# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
"""The sentinel for parameters and fields that were not given (one for the whole SDK)."""

from cal_async._sentinel import UNSET, Unset

__all__ = ["UNSET", "Unset"]
