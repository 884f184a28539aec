# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from cal_async._models import OpenStrEnum


class WorkflowTriggerOutputDtoType(OpenStrEnum):
    """Values the API document lists; any other value the server sends is kept (``is_known`` is False)."""

    AFTEREVENT = "afterEvent"
    AFTERGUESTSCALVIDEONOSHOW = "afterGuestsCalVideoNoShow"
    AFTERHOSTSCALVIDEONOSHOW = "afterHostsCalVideoNoShow"
    BEFOREEVENT = "beforeEvent"
    BOOKINGNOSHOWUPDATED = "bookingNoShowUpdated"
    BOOKINGPAID = "bookingPaid"
    BOOKINGPAYMENTINITIATED = "bookingPaymentInitiated"
    BOOKINGREJECTED = "bookingRejected"
    BOOKINGREQUESTED = "bookingRequested"
    EVENTCANCELLED = "eventCancelled"
    NEWEVENT = "newEvent"
    RESCHEDULEEVENT = "rescheduleEvent"
