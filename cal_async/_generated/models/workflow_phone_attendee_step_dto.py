# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    FLOAT,
    STR,
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .workflow_phone_attendee_step_dto_action import WorkflowPhoneAttendeeStepDtoAction
from .workflow_phone_attendee_step_dto_recipient import WorkflowPhoneAttendeeStepDtoRecipient
from .workflow_phone_attendee_step_dto_template import WorkflowPhoneAttendeeStepDtoTemplate

if TYPE_CHECKING:
    from .text_workflow_message_dto import TextWorkflowMessageDto, TextWorkflowMessageDtoDict

    pass


class WorkflowPhoneAttendeeStepDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    action: WorkflowPhoneAttendeeStepDtoAction = field(
        "action", enum_of(WorkflowPhoneAttendeeStepDtoAction), required=True
    )
    """ Action to perform, send a text message to the phone numbers of the attendees """
    step_number: float = field("stepNumber", FLOAT, required=True)
    """ Step number in the workflow sequence """
    recipient: WorkflowPhoneAttendeeStepDtoRecipient = field(
        "recipient", enum_of(WorkflowPhoneAttendeeStepDtoRecipient), required=True
    )
    """ Recipient type """
    template: WorkflowPhoneAttendeeStepDtoTemplate = field(
        "template", enum_of(WorkflowPhoneAttendeeStepDtoTemplate), required=True
    )
    """ Template type for the step """
    sender: str = field("sender", STR, required=True)
    """ Displayed sender name. """
    message: TextWorkflowMessageDto = field(
        "message", model("text_workflow_message_dto", "TextWorkflowMessageDto"), required=True
    )

    def __init__(
        self,
        *,
        action: WorkflowPhoneAttendeeStepDtoAction,
        step_number: float,
        recipient: WorkflowPhoneAttendeeStepDtoRecipient,
        template: WorkflowPhoneAttendeeStepDtoTemplate,
        sender: str,
        message: TextWorkflowMessageDto,
    ) -> None:
        self._set(
            {
                "action": action,
                "stepNumber": step_number,
                "recipient": recipient,
                "template": template,
                "sender": sender,
                "message": message,
            }
        )


class WorkflowPhoneAttendeeStepDtoDict(TypedDict, total=False):
    """``WorkflowPhoneAttendeeStepDto`` as a plain dict with the API's JSON names, for request bodies."""

    action: Required[
        WorkflowPhoneAttendeeStepDtoAction
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
    stepNumber: Required[float]
    recipient: Required[WorkflowPhoneAttendeeStepDtoRecipient | Literal["attendee", "const", "email", "phone_number"]]
    template: Required[
        WorkflowPhoneAttendeeStepDtoTemplate
        | Literal["cancelled", "completed", "custom", "rating", "reminder", "rescheduled"]
    ]
    sender: Required[str]
    message: Required[TextWorkflowMessageDto | TextWorkflowMessageDtoDict]
