# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    BOOL,
    FLOAT,
    INT,
    STR,
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .workflow_step_output_dto_action import WorkflowStepOutputDtoAction
from .workflow_step_output_dto_recipient import WorkflowStepOutputDtoRecipient
from .workflow_step_output_dto_template import WorkflowStepOutputDtoTemplate

if TYPE_CHECKING:
    from .workflow_message_output_dto import WorkflowMessageOutputDto, WorkflowMessageOutputDtoDict

    pass


class WorkflowStepOutputDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: int = field("id", INT, required=True)
    """ Unique identifier of the step """
    step_number: float = field("stepNumber", FLOAT, required=True)
    """ Step number in the workflow sequence """
    action: WorkflowStepOutputDtoAction = field("action", enum_of(WorkflowStepOutputDtoAction), required=True)
    """ Action to perform """
    recipient: WorkflowStepOutputDtoRecipient = field(
        "recipient", enum_of(WorkflowStepOutputDtoRecipient), required=True
    )
    """ Intended recipient type """
    template: WorkflowStepOutputDtoTemplate = field("template", enum_of(WorkflowStepOutputDtoTemplate), required=True)
    """ Template type used """
    sender: str = field("sender", STR, required=True)
    """ Displayed sender name used for this step """
    message: WorkflowMessageOutputDto = field(
        "message", model("workflow_message_output_dto", "WorkflowMessageOutputDto"), required=True
    )
    email: str | Unset = field("email", STR, required=False)
    """ Verified Email  if action is EMAIL_ADDRESS """
    phone: str | Unset = field("phone", STR, required=False)
    """ Verified Phone if action is SMS_NUMBER or WHATSAPP_NUMBER """
    include_calendar_event: bool | Unset = field("includeCalendarEvent", BOOL, required=False)
    """ Whether a calendar event (.ics) was included (for email actions) """

    def __init__(
        self,
        *,
        id: int,
        step_number: float,
        action: WorkflowStepOutputDtoAction,
        recipient: WorkflowStepOutputDtoRecipient,
        template: WorkflowStepOutputDtoTemplate,
        sender: str,
        message: WorkflowMessageOutputDto,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        include_calendar_event: bool | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "id": id,
                "stepNumber": step_number,
                "action": action,
                "recipient": recipient,
                "template": template,
                "sender": sender,
                "message": message,
                "email": email,
                "phone": phone,
                "includeCalendarEvent": include_calendar_event,
            }
        )


class WorkflowStepOutputDtoDict(TypedDict, total=False):
    """``WorkflowStepOutputDto`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[int]
    stepNumber: Required[float]
    action: Required[
        WorkflowStepOutputDtoAction
        | Literal[
            "cal_ai_phone_call",
            "email_address",
            "email_attendee",
            "email_host",
            "sms_attendee",
            "sms_number",
            "whatsapp_attendee",
            "whatsapp_number",
        ]
    ]
    recipient: Required[WorkflowStepOutputDtoRecipient | Literal["attendee", "const", "email", "phone_number"]]
    template: Required[
        WorkflowStepOutputDtoTemplate | Literal["cancelled", "completed", "custom", "rating", "reminder", "rescheduled"]
    ]
    sender: Required[str]
    message: Required[WorkflowMessageOutputDto | WorkflowMessageOutputDtoDict]
    email: str
    phone: str
    includeCalendarEvent: bool
