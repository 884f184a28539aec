# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from cal_async._models import OpenStrEnum


class CreatePhoneCallInputTemplateType(OpenStrEnum):
    """Values the API document lists; any other value the server sends is kept (``is_known`` is False)."""

    CHECK_IN_APPOINTMENT = "CHECK_IN_APPOINTMENT"
    CUSTOM_TEMPLATE = "CUSTOM_TEMPLATE"
