# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from cal_async._models import OpenStrEnum


class UpdateEmailAddressWorkflowStepDtoAction(OpenStrEnum):
    """Values the API document lists; any other value the server sends is kept (``is_known`` is False)."""

    CAL_AI_PHONE_CALL = "cal_ai_phone_call"
    EMAIL_ADDRESS = "email_address"
    EMAIL_ATTENDEE = "email_attendee"
    EMAIL_HOST = "email_host"
    SMS_ATTENDEE = "sms_attendee"
    SMS_NUMBER = "sms_number"
    WHATSAPP_ATTENDEE = "whatsapp_attendee"
    WHATSAPP_NUMBER = "whatsapp_number"
