# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from cal_async._models import OpenStrEnum


class InputIntegrationLocationIntegration(OpenStrEnum):
    """Values the API document lists; any other value the server sends is kept (``is_known`` is False)."""

    CAL_VIDEO = "cal-video"
    GOOGLE_MEET = "google-meet"
    OFFICE365_VIDEO = "office365-video"
    ZOOM = "zoom"
