# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from cal_async._models import OpenStrEnum


class CreateOAuthClientInputPermissionsItem(OpenStrEnum):
    """Values the API document lists; any other value the server sends is kept (``is_known`` is False)."""

    APPS_READ = "APPS_READ"
    APPS_WRITE = "APPS_WRITE"
    BOOKING_READ = "BOOKING_READ"
    BOOKING_WRITE = "BOOKING_WRITE"
    EVENT_TYPE_READ = "EVENT_TYPE_READ"
    EVENT_TYPE_WRITE = "EVENT_TYPE_WRITE"
    PROFILE_READ = "PROFILE_READ"
    PROFILE_WRITE = "PROFILE_WRITE"
    SCHEDULE_READ = "SCHEDULE_READ"
    SCHEDULE_WRITE = "SCHEDULE_WRITE"
    VALUE_10 = "*"
