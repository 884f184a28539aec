# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from cal_async._models import OpenStrEnum


class DestinationCalendarsInputBodyDtoIntegration(OpenStrEnum):
    """Values the API document lists; any other value the server sends is kept (``is_known`` is False)."""

    APPLE_CALENDAR = "apple_calendar"
    GOOGLE_CALENDAR = "google_calendar"
    OFFICE365_CALENDAR = "office365_calendar"
