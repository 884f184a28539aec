# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from cal_async._models import OpenStrEnum


class UpdateOutOfOfficeEntryDtoReason(OpenStrEnum):
    """Values the API document lists; any other value the server sends is kept (``is_known`` is False)."""

    PUBLIC_HOLIDAY = "public_holiday"
    SICK = "sick"
    TRAVEL = "travel"
    UNSPECIFIED = "unspecified"
    VACATION = "vacation"
