# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from cal_async._models import OpenStrEnum


class BookerLayoutsEnabledLayoutsItem(OpenStrEnum):
    """Values the API document lists; any other value the server sends is kept (``is_known`` is False)."""

    COLUMN = "column"
    MONTH = "month"
    WEEK = "week"
