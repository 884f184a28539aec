# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from cal_async._models import OpenStrEnum


class TeamEventTypeResponseHostPriority(OpenStrEnum):
    """Values the API document lists; any other value the server sends is kept (``is_known`` is False)."""

    HIGH = "high"
    HIGHEST = "highest"
    LOW = "low"
    LOWEST = "lowest"
    MEDIUM = "medium"
