# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from cal_async._models import OpenIntEnum


class UpdateManagedUserInputTimeFormat(OpenIntEnum):
    """Values the API document lists; any other value the server sends is kept (``is_known`` is False)."""

    VALUE_12 = 12
    VALUE_24 = 24
