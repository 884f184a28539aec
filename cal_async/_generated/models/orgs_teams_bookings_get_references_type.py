# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from cal_async._models import OpenStrEnum


class OrgsTeamsBookingsGetReferencesType(OpenStrEnum):
    """Values the API document lists; any other value the server sends is kept (``is_known`` is False)."""

    DAILY_VIDEO = "daily_video"
    GOOGLE_CALENDAR = "google_calendar"
    GOOGLE_VIDEO = "google_video"
    OFFICE365_CALENDAR = "office365_calendar"
    OFFICE365_VIDEO = "office365_video"
    ZOOM_VIDEO = "zoom_video"
